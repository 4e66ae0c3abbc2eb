package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.select.OrdinaryLeastSquares;
import org.lyrae.ml.testdata.SharedData;

/**
 * The four calibration samples rebuilt from the shared data: cut logs consistent, one row per star,
 * usable features and targets, the known physics of the G RRab relation, and the error model of the
 * lcfit G parameters against our own fits. Prints every cut log and the [Fe/H] mean/sd per sample.
 */
class CalibrationSamplesTest {

    private static CalibrationSamples samples;

    @BeforeAll
    static void build() throws IOException {
        long t0 = System.nanoTime();
        samples = CalibrationSamples.build(SharedData.dataDir());
        System.out.printf(Locale.ROOT, "calibration samples built in %.1f s%n%n%s", (System.nanoTime() - t0) / 1e9,
                samples.report());
    }

    @Test
    void cutCountsArePositiveAndNeverIncrease() {
        for (CalibrationSample s : samples.all()) {
            List<CutLog.Step> steps = s.cutLog().steps();
            assertTrue(steps.size() >= 10, s.name() + ": every documented cut is logged");
            for (int k = 1; k < steps.size(); k++) {
                assertTrue(steps.get(k).remaining() <= steps.get(k - 1).remaining(), s.name() + " step " + k + " grows");
            }
            assertEquals(s.size(), s.cutLog().finalCount(), s.name() + ": the log ends at the sample size");
            assertTrue(steps.get(0).remaining() > 0, s.name());
        }
        for (CalibrationSample s : List.of(samples.gRrab(), samples.iRrab(), samples.iRrc())) {
            for (CutLog.Step step : s.cutLog().steps()) assertTrue(step.remaining() > 0, s.name() + ": " + step);
        }
        // no RRc has a G light curve in these data (DR3 epochs and lcfit G are RRab only): the G RRc
        // sample empties at the join and says so
        List<CutLog.Step> rrc = samples.gRrc().cutLog().steps();
        assertTrue(rrc.get(3).description().startsWith("a G light curve") && rrc.get(3).remaining() == 0, rrc.toString());
        assertTrue(rrc.get(2).remaining() > 0);
        assertEquals(0, samples.gRrc().size());
    }

    @Test
    void oneRowPerStarAndTheRightType() {
        for (CalibrationSample s : samples.all()) {
            assertEquals(s.size(), new HashSet<>(s.starIds()).size(), s.name() + ": duplicate star");
            Set<Long> ids = new HashSet<>();
            for (Long id : s.gaiaIds()) assertTrue(id == null || ids.add(id), s.name() + ": duplicate Gaia id " + id);
            assertEquals(s.size(), new HashSet<>(s.origins()).size(), s.name() + ": a light curve used twice");
            for (int i = 0; i < s.size(); i++) {
                assertTrue(s.types().get(i).startsWith(s.type()), s.name() + " " + s.types().get(i));
                assertEquals(s.blazhko()[i], s.types().get(i).endsWith("-BL"));
            }
        }
        assertTrue(samples.gRrab().gaiaIds().stream().allMatch(id -> id != null));
    }

    @Test
    void gRrabIsLargeEnough() {
        int n = samples.gRrab().size();
        System.out.println("G RRab sample: " + n + " stars");
        assertTrue(n >= 40, "G RRab: " + n + " stars");
        assertTrue(samples.iRrab().size() >= 40, "I RRab: " + samples.iRrab().size());
        assertTrue(samples.iRrc().size() >= 15, "I RRc: " + samples.iRrc().size());
    }

    @Test
    void featuresAndTargetsAreUsable() {
        for (CalibrationSample s : samples.all()) {
            FeatureTable x = s.features();
            assertEquals(FeatureNames.ALL, x.names());
            double[] p = x.column(FeatureNames.PERIOD), pe = x.errorColumn(FeatureNames.PERIOD);
            double[] phi = x.column(FeatureNames.PHI31), phie = x.errorColumn(FeatureNames.PHI31);
            for (int i = 0; i < s.size(); i++) {
                String star = s.name() + " " + s.starIds().get(i);
                assertTrue(Double.isFinite(p[i]) && Double.isFinite(pe[i]) && pe[i] > 0, star + " period " + p[i] + "±" + pe[i]);
                assertTrue(Double.isFinite(phi[i]) && Double.isFinite(phie[i]) && phie[i] > 0, star + " phi31 " + phi[i] + "±" + phie[i]);
                assertTrue(phi[i] >= Math.PI && phi[i] < 3 * Math.PI, star + " phi31 outside its window");
                assertTrue(Double.isFinite(s.feh()[i]) && s.fehError()[i] > 0, star + " [Fe/H]");
                for (String f : FeatureNames.ALL) {
                    double v = x.column(f)[i], e = x.errorColumn(f)[i];
                    assertTrue(Double.isFinite(v) && Double.isFinite(e) && e > 0, star + " " + f + " " + v + "±" + e);
                }
            }
        }
    }

    @Test
    void documentedDecisionsShowInTheSamples() {
        CalibrationSample g = samples.gRrab();
        long ours = g.origins().stream().filter(o -> o.startsWith(FourierFeatures.DR3_FIT + ":")).count();
        long lcfit = g.origins().stream().filter(o -> o.startsWith(FourierFeatures.LCFIT_G + ":")).count();
        System.out.printf(Locale.ROOT, "G RRab features: %d from our DR3 fits, %d from lcfit G%n", ours, lcfit);
        assertEquals(g.size(), ours + lcfit);
        assertTrue(ours >= 45, "our own fit is preferred where a raw curve exists");
        int v413 = g.starIds().indexOf("V413_Oph");
        assertTrue(v413 >= 0 && g.origins().get(v413).startsWith(FourierFeatures.DR3_FIT), "V413_Oph uses our fit");
        assertTrue(g.cutLog().notes().stream().anyMatch(n -> n.startsWith("V413_Oph")), "and the disagreement is noted");
        assertTrue(!g.starIds().contains("V440_Sgr"), "lcfit G alias period");
        assertTrue(!g.starIds().contains("TV_Lib") && !samples.iRrab().starIds().contains("TV_Lib"), "0.27 d RRab");
        assertTrue(!samples.iRrc().starIds().contains("BN_Aqr"), "BO_Gru's curve, linked to BN_Aqr");
        assertTrue(samples.iRrc().cutLog().steps().stream().anyMatch(st -> st.dropped().equals(List.of("BN_Aqr"))));
        assertTrue(samples.iRrab().origins().stream().allMatch(o -> o.matches("(asas|monson|ogle|kbs):.+")));
        for (CalibrationSample s : samples.all()) assertTrue(s.cutLog().format().contains("→"));
    }

    @Test
    void buildingAgainGivesTheSameSamples() throws IOException {
        CalibrationSamples again = CalibrationSamples.build(SharedData.dataDir());
        for (int k = 0; k < 4; k++) {
            CalibrationSample a = samples.all().get(k), b = again.all().get(k);
            assertEquals(a.starIds(), b.starIds());
            assertEquals(a.origins(), b.origins());
            assertTrue(Arrays.equals(a.feh(), b.feh()) && Arrays.equals(a.fehError(), b.fehError()));
            assertTrue(Arrays.deepEquals(a.features().values(), b.features().values()));
            assertTrue(Arrays.deepEquals(a.features().errors(), b.features().errors()));
            assertEquals(a.cutLog(), b.cutLog());
        }
    }

    @Test
    void periodAndPhi31RelationHasTheKnownSigns() {
        CalibrationSample s = samples.gRrab();
        double[] p = s.features().column(FeatureNames.PERIOD), phi = s.features().column(FeatureNames.PHI31);
        double[][] x = new double[s.size()][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {p[i], phi[i]};
        OrdinaryLeastSquares.Model m = new OrdinaryLeastSquares().fit(x, s.feh(), null);
        double[] pred = m.predict(x);
        double ss = 0;
        for (int i = 0; i < x.length; i++) ss += Math.pow(pred[i] - s.feh()[i], 2);
        double rmse = Math.sqrt(ss / x.length);
        System.out.printf(Locale.ROOT, "G RRab OLS: [Fe/H] = %.3f %+.3f P %+.3f phi31; in-sample RMSE %.3f dex (sd %.3f), N = %d%n",
                m.intercept(), m.coefficients()[0], m.coefficients()[1], rmse, s.sdFeh(), x.length);
        assertTrue(m.coefficients()[0] < 0, "period coefficient should be negative");
        assertTrue(m.coefficients()[1] > 0, "phi31 coefficient should be positive");
        assertTrue(rmse < s.sdFeh(), "the relation explains part of the [Fe/H] spread");
    }
}
