package org.lyrae.webapp.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.catalogue.CatalogueColumn;
import org.lyrae.ml.catalogue.HealpixNested;
import org.lyrae.ml.catalogue.SpectroscopicValue;
import org.lyrae.ml.fourier.PhaseConvention;
import org.lyrae.tap.query.TapQueryService;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.TableDescriptor;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeService;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.cli.CatalogueCommand;
import uk.ac.starlink.table.RowSequence;

/**
 * {@code catalogue build} on the real shared data into H2 (a temporary folder), with the
 * {@link ChrLinearTestModels} fixture as models, then read back through the service's ADQL path.
 */
class CatalogueSharedDataTest {
    static final long AA_AQL = 4224859720193721856L;   // raw DR3 curve and CHR spectroscopy

    private static Path var;
    private static LyraeService service;
    private static ChrLinearTestModels models;
    private static String output;

    @BeforeAll
    static void build() throws Exception {
        var = Files.createTempDirectory("lyrae-catalogue-h2");
        models = new ChrLinearTestModels(TestServers.sharedData());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int rc = CatalogueCommand.run(new String[] {"build", "--var", var.toString(), "--data", TestServers.sharedData().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false,
                (config, dir, progress) -> models);
        output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        System.out.printf("catalogue build on the shared data (H2): %.1f s%n%s%n", (System.nanoTime() - t0) / 1e9, output);
        assertEquals(0, rc, output);
        LyraeConfig config = new LyraeConfig();
        config.varDir = var;
        config.loadDemo = false;
        service = LyraeService.open(config);
    }

    @AfterAll
    static void close() {
        if (service != null) service.close();
    }

    static List<Object[]> query(LyraeService s, String adql) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        s.queries.execute(adql, "ADQL", 1_000_000, List.<TapQueryService.Upload>of(), (q, t) -> {
            try (RowSequence r = t.getRowSequence()) {
                while (r.next()) rows.add(r.getRow().clone());
            }
        });
        return rows;
    }

    @Test
    void rowsPerInputSource() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : query(service, "SELECT input_source, COUNT(*) AS n FROM rrlyrae.metallicity GROUP BY input_source")) {
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        // 59 raw curves; 868 lcfit stars less the 42 with raw curves; 13,323 folded curves less 35 in the lcfit file
        // and 1 (with a raw curve, also in the lcfit file) -> 13,288
        assertEquals(Map.of("dr3_epoch_curve", 59L, "lcfit_g_parameters", 826L, "dr2_folded_curve", 13288L), counts);
        assertEquals(1L, ((Number) query(service, "SELECT COUNT(*) FROM rrlyrae.metallicity WHERE source_id = 1815494053397265792")
                .get(0)[0]).longValue(), "a star on two lines of the lcfit file is one row");
        assertTrue(output.contains("lcfit_g_parameters        826 rows"), output);
    }

    @Test
    void spectroscopicStarHasItsValueAndExactPosition() throws Exception {
        SpectroscopicValue spec = CatalogueCommand.spectroscopicValues(TestServers.sharedData()).get(AA_AQL);
        Object[] r = query(service, "SELECT feh_spec, feh_spec_error, feh_spec_n, ra, dec, position_origin, position_error, "
                + "input_source, best_classification, pf, metallicity, model_version, flags, feh_bayes, feh_xgb, helio_distance "
                + "FROM rrlyrae.metallicity WHERE source_id = " + AA_AQL).get(0);
        assertEquals(spec.feh(), (Double) r[0], 1e-12);
        assertEquals(spec.fehError(), (Double) r[1], 1e-12);
        assertEquals(2, r[2]);                                     // two spectra (Subaru and SALT, Crestani+2021)
        // Subaru -0.4885 +/- 0.1 and SALT -0.3410 +/- 0.056, weights 1/e^2: -0.3762
        assertEquals(-0.3762, spec.feh(), 1e-4);
        assertEquals(309.56279434025777, (Double) r[3], 1e-12);    // CHR ra_gaia, dec_gaia
        assertEquals(-2.890342387110195, (Double) r[4], 1e-12);
        assertEquals("spectroscopic_compilation", r[5]);
        assertNull(r[6]);
        assertEquals("dr3_epoch_curve", r[7]);
        assertEquals("RRab", r[8]);
        assertEquals(0.36179, (Double) r[9], 0.001);                // AA Aql: 0.361788 d in CHR
        assertNotNull(r[10]);
        assertEquals(ChrLinearTestModels.VERSION, r[11]);
        assertTrue(!((String) r[12]).contains("APPROX_POSITION") && ((String) r[12]).contains("NO_EXTINCTION"), (String) r[12]);
        assertNotNull(r[13]);
        assertNotNull(r[14]);
        assertNotNull(r[15]);
        // every CHR star in the inputs has its spectroscopic value: 55 of the 111
        assertEquals(55L, ((Number) query(service, "SELECT COUNT(*) FROM rrlyrae.metallicity WHERE feh_spec IS NOT NULL")
                .get(0)[0]).longValue());
        assertEquals(55L, ((Number) query(service, "SELECT COUNT(*) FROM rrlyrae.metallicity "
                + "WHERE position_origin = 'spectroscopic_compilation'").get(0)[0]).longValue());
    }

    @Test
    void foldedOnlyStarHasAnApproximateHealpixPosition() throws Exception {
        List<Object[]> rows = query(service, "SELECT TOP 5 source_id, ra, dec, position_origin, position_error, pf, metallicity, "
                + "flags, phi31_sine, int_average_g, feh_bayes FROM rrlyrae.metallicity WHERE input_source = 'dr2_folded_curve' "
                + "AND phi31_sine IS NOT NULL ORDER BY source_id");
        assertEquals(5, rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            long pixel = id / 34_359_738_368L;
            double[] centre = HealpixNested.pix2ang(12, pixel);
            assertEquals(centre[0], (Double) r[1], 1e-12);
            assertEquals(centre[1], (Double) r[2], 1e-12);
            assertEquals("healpix12_centre", r[3]);
            assertEquals(Math.toDegrees(HealpixNested.maxCornerDistance(12, pixel)) * 3600, (Double) r[4], 1e-9);
            assertNull(r[5], "folded curves have no period");
            assertNull(r[6], "the fixture's models need the period");
            String flags = (String) r[7];
            for (String f : List.of("APPROX_POSITION", "DR2_SOURCE_ID", "NO_PERIOD", "bayes:MISSING_FEATURE", "NO_ESTIMATE")) {
                assertTrue(flags.contains(f), flags);
            }
            assertNotNull(r[8]);
            assertNotNull(r[9]);
            assertNull(r[10]);
        }
        // every folded-only star: approximate position, no period, no [Fe/H]
        Object[] agg = query(service, "SELECT COUNT(*), COUNT(pf), COUNT(metallicity), MIN(position_error), MAX(position_error) "
                + "FROM rrlyrae.metallicity WHERE input_source = 'dr2_folded_curve' AND flags LIKE '%APPROX_POSITION%'").get(0);
        assertEquals(13288L, ((Number) agg[0]).longValue());
        assertEquals(0L, ((Number) agg[1]).longValue());
        assertEquals(0L, ((Number) agg[2]).longValue());
        assertTrue(((Number) agg[3]).doubleValue() >= 36.44 && ((Number) agg[4]).doubleValue() <= 53.83);
        // a cone search around a HEALPix centre finds the star (the position index works on approximate positions)
        Object[] first = rows.get(0);
        assertEquals(first[0], query(service, "SELECT source_id FROM rrlyrae.metallicity WHERE 1 = CONTAINS(POINT(ra, dec), "
                + "CIRCLE(" + first[1] + ", " + first[2] + ", 0.0001))").get(0)[0]);
    }

    @Test
    void phaseColumnsObeyTheConventionOffsets() throws Exception {
        int phi31 = 0;
        int phi21 = 0;
        for (Object[] r : query(service, "SELECT phi21_g, phi21_sine, phi31_g, phi31_sine, input_source FROM rrlyrae.metallicity")) {
            if (r[0] != null) {
                assertEquals(0, PhaseConvention.angularDistance((Double) r[0] - (Double) r[1], Math.PI / 2), 1e-9, r[4] + "");
                assertTrue((Double) r[0] >= 0 && (Double) r[0] < 2 * Math.PI);
                phi21++;
            }
            if (r[2] != null) {
                assertEquals(0, PhaseConvention.angularDistance((Double) r[2] - (Double) r[3], Math.PI), 1e-9, r[4] + "");
                assertTrue((Double) r[3] >= 0 && (Double) r[3] < 2 * Math.PI);
                phi31++;
            }
        }
        System.out.println("phase pairs checked: phi21 " + phi21 + ", phi31 " + phi31);
        assertTrue(phi21 > 13_000 && phi31 > 4_000, phi21 + " " + phi31);
        // RRab of the lcfit file: phi31 sine about 5.0-5.5, cosine about 1.6-3.1
        Object[] m = query(service, "SELECT AVG(phi31_sine), AVG(phi31_g) FROM rrlyrae.metallicity "
                + "WHERE input_source = 'lcfit_g_parameters'").get(0);
        assertEquals(5.2, ((Number) m[0]).doubleValue(), 0.3);
        assertEquals(2.06, ((Number) m[1]).doubleValue(), 0.3);
    }

    @Test
    void metallicitiesAndDistancesFollowTheModelsAndTheRelation() throws Exception {
        Object[] lcfit = query(service, "SELECT COUNT(*), COUNT(metallicity), COUNT(helio_distance) FROM rrlyrae.metallicity "
                + "WHERE input_source = 'lcfit_g_parameters'").get(0);
        assertEquals(826L, ((Number) lcfit[0]).longValue());
        assertEquals(826L, ((Number) lcfit[1]).longValue());
        assertEquals(826L, ((Number) lcfit[2]).longValue(), "every lcfit star has an intensity mean from synlc_g");
        for (Object[] r : query(service, "SELECT TOP 200 pf, phi31_sine, feh_bayes, metallicity, metallicity_error, int_average_g, "
                + "abs_mag_g, distance_modulus, helio_distance, flags FROM rrlyrae.metallicity WHERE input_source = 'lcfit_g_parameters'")) {
            assertEquals(models.bayesFeh((Double) r[0], (Double) r[1]), (Double) r[2], 1e-9);
            double feh = (Double) r[3];
            assertEquals(0.32 * feh + 1.11, (Double) r[6], 1e-9);
            assertEquals((Double) r[5] - (Double) r[6], (Double) r[7], 1e-9);
            assertEquals(Math.pow(10, (Double) r[7] / 5 + 1) / 1000, (Double) r[8], 1e-9);
            assertTrue(((String) r[9]).contains("NO_EXTINCTION"));
        }
        System.out.println("fixture trained on " + models.trainingStars() + " stars, sigma " + models.bayesSigma());
    }

    @Test
    void tapSchemaDescribesTheTable() throws Exception {
        List<Object[]> cols = query(service, "SELECT column_name, unit, ucd, description FROM TAP_SCHEMA.columns "
                + "WHERE table_name = 'rrlyrae.metallicity' ORDER BY column_index");
        assertEquals(CatalogueColumn.values().length, cols.size());
        Map<String, Object[]> byName = new HashMap<>();
        for (Object[] c : cols) {
            byName.put((String) c[0], c);
            assertTrue(c[3] != null && ((String) c[3]).length() > 20, c[0] + " has no description");
            assertNotNull(c[2], c[0] + " has no UCD");
        }
        assertEquals("d", byName.get("pf")[1]);
        assertEquals("kpc", byName.get("helio_distance")[1]);
        assertEquals("phys.abund.Z", byName.get("metallicity")[2]);
        assertTrue(((String) byName.get("phi31_g")[3]).contains("COSINE"));
        assertTrue(((String) byName.get("abs_mag_g")[3]).contains("Muraveva"));
        Object[] schema = query(service, "SELECT description FROM TAP_SCHEMA.schemas WHERE schema_name = 'rrlyrae'").get(0);
        assertTrue(((String) schema[0]).contains("catalogue build"), (String) schema[0]);
    }

    @Test
    void everyColumnCanBeNamedInAdql() throws Exception {
        StringBuilder select = new StringBuilder("SELECT TOP 3 ");
        for (CatalogueColumn c : CatalogueColumn.values()) select.append(c.ordinal() == 0 ? "" : ", ").append(c.columnName());
        List<Object[]> rows = query(service, select + " FROM rrlyrae.metallicity ORDER BY source_id");
        assertEquals(3, rows.size());
        assertEquals(CatalogueColumn.values().length, rows.get(0).length);
    }

    @Test
    void descriptorColumnsAreTheBuildersColumns() {
        TableDescriptor d = DescriptorCatalog.resource(CatalogueCommand.TABLE);
        CatalogueColumn[] cols = CatalogueColumn.values();
        assertEquals(cols.length, d.columns().size());
        Map<Class<?>, String> types = Map.of(Long.class, "long", Double.class, "double", Integer.class, "int", String.class, "char");
        for (int i = 0; i < cols.length; i++) {
            ColumnDescriptor c = d.columns().get(i);
            assertEquals(cols[i].columnName(), c.name());
            assertEquals(types.get(cols[i].type()), c.datatype(), c.name());
        }
        assertEquals("ra", d.position().ra());
    }
}
