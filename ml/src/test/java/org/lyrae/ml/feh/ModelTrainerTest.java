package org.lyrae.ml.feh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration end to end on a sample with a known relation: the selectors find the informative
 * features, both models beat a constant by a wide margin in cross-validation, the adopted value is
 * reported, saved models predict identically after reloading (here and in a fresh JVM), and bad
 * feature values are flagged instead of extrapolated silently.
 */
class ModelTrainerTest {
    @TempDir
    static Path models;
    private static BandCalibration calibration;
    private static TrainingSample sample;

    @BeforeAll
    static void train() throws IOException {
        sample = SyntheticCalibration.sample(120, 3);
        TrainingSettings quick = TrainingSettings.defaults().withRepeats(2);
        calibration = ModelArtifacts.loadOrTrain(models, "G",
                band -> new ModelArtifacts.Samples.Built(List.of(sample), List.of("synthetic: 120 stars")), quick, ModelTrainer.Progress.NONE);
    }

    @Test
    void selectionFindsTheInformativeFeatures() {
        TypeCalibration t = calibration.types().get(0);
        assertEquals(List.of(FeatureNames.PERIOD, FeatureNames.PHI31), sorted(t.bayes().features()), t.selections().toString());
        assertTrue(t.xgboost().features().containsAll(List.of(FeatureNames.PERIOD, FeatureNames.PHI31)), t.xgboost().features().toString());
        assertEquals(8, t.selections().size());
    }

    @Test
    void bothModelsBeatAConstantByAWideMargin() {
        Map<String, ModelMetrics> m = calibration.types().get(0).metrics();
        double constant = m.get("constant").mean().rmse();
        assertTrue(m.get("bayes").mean().rmse() < 0.5 * constant, m.toString());
        assertTrue(m.get("xgboost").mean().rmse() < 0.75 * constant, m.toString());
        assertTrue(m.get("adopted").mean().rmse() < 0.6 * constant, m.toString());
        // the linear truth: the relation's scatter (0.15) and the spectroscopic error (0.1) set the floor
        assertEquals(0.18, m.get("bayes").mean().rmse(), 0.05);
        double inside = m.get("bayes").mean().inside1Sigma();
        assertTrue(inside > 0.6 && inside < 0.76, "Bayesian 1-sigma coverage " + inside);
        assertTrue(Files.exists(models.resolve("G/report.md")));
        assertTrue(Files.exists(models.resolve("G/G_RRab_predicted.png")));
    }

    @Test
    void reloadedModelsPredictIdentically() throws Exception {
        BandCalibration again = ModelArtifacts.load(models, "G");
        assertEquals(calibration.version(), again.version());
        FeatureTable x = SyntheticCalibration.sample(50, 99).features();
        for (int k = 0; k < 2; k++) {
            Estimates a = calibration.forType("RRab").get(k).predict(x);
            Estimates b = again.forType("RRab").get(k).predict(x);
            assertArrayEquals(a.feh(), b.feh(), 0.0);
            assertArrayEquals(a.sigma(), b.sigma(), 0.0);
        }
        // and in a JVM that never saw the training
        Path out = Files.createTempFile("feh", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PredictInFreshJvm.class.getName(), models.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        List<String> lines = Files.readAllLines(out);
        Estimates here = calibration.estimate("RRab", x).adopted();
        for (int i = 0; i < here.size(); i++) assertEquals(Double.toString(here.feh()[i]), lines.get(i));
    }

    @Test
    void badFeatureValuesAreFlaggedNotExtrapolated() {
        FeatureTable good = SyntheticCalibration.sample(3, 5).features();
        double[][] v = new double[good.names().size()][];
        for (int j = 0; j < v.length; j++) v[j] = good.values()[j].clone();
        int period = good.index(FeatureNames.PERIOD);
        v[period][0] = Double.NaN;      // missing
        v[period][1] = 2.5;             // no RR Lyrae pulsates this slowly
        FeatureTable bad = new FeatureTable(good.names(), v, good.errors());
        for (MetallicityEstimator m : calibration.forType("RRab")) {
            Estimates e = m.predict(bad);
            assertTrue(Double.isNaN(e.feh()[0]), m.name());
            assertTrue(e.flags()[0].startsWith("MISSING_FEATURE"), m.name() + " " + e.flags()[0]);
            assertTrue(Double.isFinite(e.feh()[1]), m.name());
            assertTrue(e.flags()[1].startsWith("OUT_OF_RANGE"), m.name() + " " + e.flags()[1]);
            assertNull(e.flags()[2], m.name());
        }
        Estimates adopted = calibration.estimate("RRab", bad).adopted();
        assertEquals("NO_ESTIMATE", adopted.flags()[0]);
        assertEquals("OUT_OF_RANGE", adopted.flags()[1]);
        assertTrue(calibration.forType("RRc").isEmpty(), "no RRc calibration in this sample");
    }

    private static List<String> sorted(List<String> l) {
        List<String> s = new ArrayList<>(l);
        s.sort(null);
        return s.stream().sorted((a, b) -> FeatureNames.ALL.indexOf(a) - FeatureNames.ALL.indexOf(b)).toList();
    }
}
