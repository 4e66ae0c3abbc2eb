package org.lyrae.ml.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.fourier.PhaseConvention;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/** The assembly rules of {@link CatalogueBuilder} on a few hand-made stars. */
class CatalogueBuilderTest {

    /** Test fixture, not a calibration: [Fe/H] = a + b P + c phi31 with made-up coefficients. */
    static final class FixtureEstimator implements MetallicityEstimator {
        private final String name;
        private final double a;
        private final double b;
        private final double c;
        private final double sigma;

        FixtureEstimator(String name, double a, double b, double c, double sigma) {
            this.name = name;
            this.a = a;
            this.b = b;
            this.c = c;
            this.sigma = sigma;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> features() {
            return List.of(FeatureNames.PERIOD, FeatureNames.PHI31);
        }

        @Override
        public Estimates predict(FeatureTable x) {
            double[] p = x.column(FeatureNames.PERIOD);
            double[] phi = x.column(FeatureNames.PHI31);
            int n = x.rows();
            double[] f = new double[n];
            double[] s = new double[n];
            String[] flags = new String[n];
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(p[i]) || Double.isNaN(phi[i])) {
                    f[i] = Double.NaN;
                    s[i] = Double.NaN;
                    flags[i] = "MISSING_FEATURE";
                } else {
                    f[i] = a + b * p[i] + c * phi[i];
                    s[i] = sigma;
                }
            }
            return new Estimates(f, s, flags);
        }

        double feh(double p, double phi31) {
            return a + b * p + c * phi31;
        }
    }

    static final FixtureEstimator BAYES = new FixtureEstimator("bayes", -8.0, -5.0, 1.6, 0.2);
    static final FixtureEstimator XGB = new FixtureEstimator("xgboost", -7.9, -5.2, 1.6, 0.3);
    static final FixtureEstimator OTHER = new FixtureEstimator("lstm", -8.1, -5.0, 1.6, 0.25);

    static final MetallicityModels MODELS = new MetallicityModels() {
        @Override
        public String band() {
            return "G";
        }

        @Override
        public List<MetallicityEstimator> forType(String type) {
            return type.equals("RRab") ? List.of(BAYES, XGB, OTHER) : List.of();
        }

        @Override
        public String version() {
            return "test-fixture-1";
        }
    };

    private static StarTable export(boolean withPositions) {
        List<ColumnInfo> cols = new ArrayList<>(List.of(
                new ColumnInfo("SOURCE_ID", Long.class, null), new ColumnInfo("pf", Double.class, null),
                new ColumnInfo("p1_o", Double.class, null), new ColumnInfo("best_classification", String.class, null),
                new ColumnInfo("phi21_g", Float.class, null), new ColumnInfo("phi31_g", Float.class, null),
                new ColumnInfo("r21_g", Float.class, null), new ColumnInfo("int_average_g", Float.class, null),
                new ColumnInfo("g_absorption", Float.class, null),
                new ColumnInfo("fund_freq1_harmonic_ampl_g", String.class, null)));
        if (withPositions) {
            cols.add(new ColumnInfo("ra", Double.class, null));
            cols.add(new ColumnInfo("dec", Double.class, null));
        }
        RowListStarTable t = new RowListStarTable(cols.toArray(new ColumnInfo[0]));
        Object[][] rows = {
            {4224859720193721856L, 0.55, null, "RRab", 4.0f, 2.0f, 0.45f, 15.0f, null, "(0.3, 0.15, 0.1, 0.05)"},
            {1000000000000000001L, null, 0.30, "RRc", 1.0f, 3.0f, 0.1f, 16.0f, 0.3f, null},
            {1000000000000000002L, 0.50, 0.37, "RRd", 1.0f, 2.0f, 0.2f, 17.0f, null, null},
            {1000000000000000003L, 0.60, null, null, 4.0f, 2.5f, 0.4f, Float.NaN, null, null},
            {4224859720193721856L, 0.56, null, "RRab", 4.0f, 2.0f, 0.45f, 15.0f, null, null},   // repeated: skipped
        };
        for (Object[] r : rows) {
            Object[] row = withPositions ? java.util.Arrays.copyOf(r, r.length + 2) : r;
            if (withPositions) {
                row[r.length] = 10.0;
                row[r.length + 1] = -20.0;
            }
            t.addRow(row);
        }
        return t;
    }

    private static List<Map<String, Object>> read(StarTable t) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (RowSequence r = t.getRowSequence()) {
            while (r.next()) {
                Map<String, Object> m = new HashMap<>();
                for (int i = 0; i < t.getColumnCount(); i++) m.put(t.getColumnInfo(i).getName(), r.getCell(i));
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, long id) {
        return rows.stream().filter(r -> r.get("source_id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exportRowsGetModelsConventionsPositionsAndDistances() throws IOException {
        SpectroscopicValue aaAql = new SpectroscopicValue(4224859720193721856L, -0.4, 0.1, 3, "Crestani+2021", 309.56, -2.89, "RRab");
        CatalogueBuilder b = new CatalogueBuilder(MODELS, Map.of(aaAql.sourceId(), aaAql), Distances.MURAVEVA_2018_G,
                CatalogueProgress.NONE);
        // a lower-precedence input repeating a star of the export: skipped
        CatalogueStar again = new CatalogueStar(1000000000000000003L, InputSource.LCFIT_G_PARAMETERS);
        CatalogueSource later = new CatalogueSource() {
            @Override
            public InputSource input() {
                return InputSource.LCFIT_G_PARAMETERS;
            }

            @Override
            public long expectedStars() {
                return 1;
            }

            @Override
            public Stream open(CatalogueProgress progress) {
                return CatalogueSource.of(List.of(again));
            }
        };
        StarTable table = b.table(List.of(new VariRrlyraeExport(export(false), "test"), later));
        assertEquals(CatalogueColumn.values().length, table.getColumnCount());
        List<Map<String, Object>> rows = read(table);
        assertEquals(4, rows.size());
        CatalogueBuilder.Summary s = b.summary();
        assertEquals(4L, s.rows().get(InputSource.GAIA_VARI_RRLYRAE));
        assertEquals(1L, s.duplicates().get(InputSource.GAIA_VARI_RRLYRAE));
        assertEquals(1L, s.duplicates().get(InputSource.LCFIT_G_PARAMETERS));
        assertEquals(0L, s.rows().get(InputSource.LCFIT_G_PARAMETERS));

        Map<String, Object> ab = row(rows, 4224859720193721856L);
        assertEquals("gaia_vari_rrlyrae", ab.get("input_source"));
        // cosine (Gaia) in, sine out: phi31 - pi, phi21 - pi/2, both mod 2 pi; the Gaia columns keep the input
        assertEquals(PhaseConvention.wrap(2.0 - Math.PI), (Double) ab.get("phi31_sine"), 1e-6);
        assertEquals(PhaseConvention.wrap(4.0 - Math.PI / 2), (Double) ab.get("phi21_sine"), 1e-6);
        assertEquals(2.0, (Double) ab.get("phi31_g"), 1e-6);
        assertEquals(4.0, (Double) ab.get("phi21_g"), 1e-6);
        assertEquals(0.3, (Double) ab.get("a1_g"), 1e-12);
        assertEquals(0.1, (Double) ab.get("a3_g"), 1e-12);
        assertEquals(0.55, (Double) ab.get("pf"), 1e-12);
        double phiSine = PhaseConvention.wrap(2.0f - Math.PI);
        assertEquals(BAYES.feh(0.55, phiSine), (Double) ab.get("feh_bayes"), 1e-6);
        assertEquals(0.2, (Double) ab.get("feh_bayes_error"), 1e-12);
        assertEquals(XGB.feh(0.55, phiSine), (Double) ab.get("feh_xgb"), 1e-6);
        assertEquals("bayes,xgboost,lstm", ab.get("feh_models"));
        assertEquals("test-fixture-1", ab.get("model_version"));
        // adopted: inverse-variance mean of the three, sigma the weighted mean of their variances (AdoptionRule)
        double w1 = 1 / 0.04;
        double w2 = 1 / 0.09;
        double w3 = 1 / 0.0625;
        double[] v = {BAYES.feh(0.55, phiSine), XGB.feh(0.55, phiSine), OTHER.feh(0.55, phiSine)};
        double mean = (w1 * v[0] + w2 * v[1] + w3 * v[2]) / (w1 + w2 + w3);
        assertEquals(mean, (Double) ab.get("metallicity"), 1e-9);
        assertEquals(Math.sqrt(3 / (w1 + w2 + w3)), (Double) ab.get("metallicity_error"), 1e-9);
        // spectroscopic value and the compilation's position (the export has no ra, dec)
        assertEquals(-0.4, (Double) ab.get("feh_spec"), 1e-12);
        assertEquals(3, ab.get("feh_spec_n"));
        assertEquals("spectroscopic_compilation", ab.get("position_origin"));
        assertEquals(309.56, (Double) ab.get("ra"), 1e-12);
        assertNull(ab.get("position_error"));
        // distance without extinction
        Distances.Distance d = Distances.of(Distances.MURAVEVA_2018_G, mean, (Double) ab.get("metallicity_error"), 15.0,
                Double.NaN, Double.NaN, Double.NaN);
        assertEquals(d.distanceKpc(), (Double) ab.get("helio_distance"), 1e-9);
        assertEquals(d.distanceModulus(), (Double) ab.get("distance_modulus"), 1e-9);
        assertEquals("NO_EXTINCTION", ab.get("flags"));

        Map<String, Object> c = row(rows, 1000000000000000001L);
        assertEquals("RRc", c.get("best_classification"));
        assertEquals(0.30, (Double) c.get("p1_o"), 1e-12);
        assertNull(c.get("pf"));
        assertNull(c.get("metallicity"));
        assertEquals("healpix12_centre", c.get("position_origin"));
        double[] centre = HealpixNested.pix2ang(12, 1000000000000000001L / HealpixNested.GAIA_SOURCE_ID_DIVISOR);
        assertEquals(centre[0], (Double) c.get("ra"), 1e-12);
        assertEquals(centre[1], (Double) c.get("dec"), 1e-12);
        assertTrue((Double) c.get("position_error") > 36 && (Double) c.get("position_error") < 54);
        assertEquals("APPROX_POSITION,NO_CALIBRATION_FOR_RRC", c.get("flags"));
        assertEquals(0.3, (Double) c.get("g_absorption"), 1e-6);

        Map<String, Object> dd = row(rows, 1000000000000000002L);
        assertEquals(0.50, (Double) dd.get("pf"), 1e-12);
        assertEquals(0.37, (Double) dd.get("p1_o"), 1e-12);
        assertEquals("APPROX_POSITION,NO_CALIBRATION_FOR_RRD", dd.get("flags"));

        Map<String, Object> untyped = row(rows, 1000000000000000003L);
        assertEquals("RRab", untyped.get("best_classification"));   // from pf
        assertTrue(untyped.get("metallicity") != null);
        assertTrue(((String) untyped.get("flags")).contains("NO_MEAN_G"));
        assertNull(untyped.get("helio_distance"));
    }

    @Test
    void aModelThatPredictsFromMissingFeaturesIsOverruled() {
        // like XGBoost, which takes NaN as "missing" and predicts anyway
        MetallicityEstimator greedy = new MetallicityEstimator() {
            @Override
            public String name() {
                return "xgb";
            }

            @Override
            public List<String> features() {
                return List.of(FeatureNames.PERIOD, FeatureNames.R21);
            }

            @Override
            public Estimates predict(FeatureTable x) {
                double[] f = new double[x.rows()];
                double[] s = new double[x.rows()];
                java.util.Arrays.fill(f, -1.0);
                java.util.Arrays.fill(s, 0.3);
                return new Estimates(f, s, new String[x.rows()]);
            }
        };
        MetallicityModels m = new MetallicityModels() {
            @Override
            public String band() {
                return "G";
            }

            @Override
            public List<MetallicityEstimator> forType(String type) {
                return List.of(BAYES, greedy);
            }

            @Override
            public String version() {
                return "v";
            }
        };
        CatalogueBuilder b = new CatalogueBuilder(m, Map.of(), Distances.MURAVEVA_2018_G, CatalogueProgress.NONE);
        CatalogueStar folded = new CatalogueStar(7L << 35, InputSource.DR2_FOLDED_CURVE);
        folded.type = "RRab";
        folded.phi31Sine = 5.1;
        folded.r21 = 0.4;
        CatalogueStar full = new CatalogueStar(8L << 35, InputSource.DR3_EPOCH_CURVE);
        full.type = "RRab";
        full.period = 0.6;
        full.phi31Sine = 5.1;
        full.r21 = 0.4;
        List<Object[]> rows = b.rows(List.of(folded, full), new java.util.HashSet<>());
        Object[] f = rows.get(0);
        assertNull(f[CatalogueColumn.FEH_XGB.ordinal()]);
        assertNull(f[CatalogueColumn.METALLICITY.ordinal()]);
        String flags = (String) f[CatalogueColumn.FLAGS.ordinal()];
        assertTrue(flags.contains("bayes:MISSING_FEATURE") && flags.contains("xgb:MISSING_FEATURE") && flags.contains("NO_ESTIMATE"), flags);
        Object[] ok = rows.get(1);
        assertEquals(-1.0, ok[CatalogueColumn.FEH_XGB.ordinal()]);
        assertEquals(BAYES.feh(0.6, 5.1), (Double) ok[CatalogueColumn.FEH_BAYES.ordinal()], 1e-12);
        assertTrue(ok[CatalogueColumn.METALLICITY.ordinal()] != null);
    }

    @Test
    void exportPositionsWinAndTypesComeFromPeriodsWhenUnknown() throws IOException {
        CatalogueBuilder b = new CatalogueBuilder(MODELS, Map.of(), Distances.MURAVEVA_2018_G, CatalogueProgress.NONE);
        List<Map<String, Object>> rows = read(b.table(List.of(new VariRrlyraeExport(export(true), "test"))));
        for (Map<String, Object> r : rows) {
            assertEquals("input_table", r.get("position_origin"));
            assertEquals(10.0, (Double) r.get("ra"), 0);
            assertTrue(r.get("flags") == null || !((String) r.get("flags")).contains("APPROX_POSITION"));
        }
        // a star of our own with no type: RRc below 0.4 d, flagged
        CatalogueStar s = new CatalogueStar(5L << 35, InputSource.DR3_EPOCH_CURVE);
        s.period = 0.33;
        s.phi31Sine = 4.0;
        List<Object[]> out = b.rows(List.of(s), new java.util.HashSet<>());
        assertEquals("RRc", out.get(0)[CatalogueColumn.BEST_CLASSIFICATION.ordinal()]);
        assertEquals(0.33, out.get(0)[CatalogueColumn.P1_O.ordinal()]);
        assertTrue(((String) out.get(0)[CatalogueColumn.FLAGS.ordinal()]).contains("TYPE_FROM_PERIOD"));
    }
}
