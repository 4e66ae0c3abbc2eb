package org.lyrae.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureTable;

/** A network saved with its report loads again, here and in a JVM that never trained it, and predicts the same bits. */
class NetworkArtifactsTest {
    @TempDir
    static Path models;
    static NetworkCalibration trained;

    @BeforeAll
    static void train() throws Exception {
        NetworkSettings s = SyntheticCurves.small(LstmArchitecture.NAME).withEpochs(5, 5).withFolds(3);
        trained = NetworkArtifacts.trainAndSave(models, "G", SyntheticCurves.sample(300, 5), List.of("300 synthetic curves"),
                "synthetic", s, Device.cpu(), NetworkCrossValidation.Progress.NONE);
    }

    static FeatureTable table(CurveData d) {
        return new FeatureTable(List.of(), new double[0][], new double[0][], d.curves());
    }

    @Test
    void savedWithReportAndVersion() throws Exception {
        Path dir = NetworkArtifacts.dir(models, "G", "lstm");
        assertTrue(Files.size(dir.resolve(NetworkArtifacts.FILE)) > 1000);
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("RMSE"), report);
        try (var pngs = Files.list(dir)) {
            assertTrue(pngs.filter(p -> p.toString().endsWith(".png")).count() >= 2, "plots next to the report");
        }
        assertTrue(trained.version().matches("lstm-G-\\d{8}-[0-9a-f]{8}"), trained.version());
        assertEquals(3, trained.estimator().members().size(), "one network per fold");
    }

    @Test
    void loadedAgainPredictsTheSameHereAndInAFreshJvm() throws Exception {
        FeatureTable x = table(SyntheticCurves.sample(40, 99));
        Estimates here = trained.estimator().predict(x);
        Estimates loaded = NetworkArtifacts.load(models, "G", "lstm").estimator().predict(x);
        assertArrayEquals(here.feh(), loaded.feh());
        assertArrayEquals(here.sigma(), loaded.sigma());
        Path out = Files.createTempFile("feh", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PredictNetworkInFreshJvm.class.getName(), models.toString(), "lstm", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < here.size(); i++) expected.add(here.feh()[i] + " " + here.sigma()[i]);
        assertEquals(expected, Files.readAllLines(out));
    }

    @Test
    void aStarAloneGetsTheSameBitsAsInABatch() {
        CurveData many = SyntheticCurves.sample(LoadedNetwork.BATCH + 44, 17);
        Estimates all = trained.estimator().predict(table(many));
        for (int i : new int[] {0, 5, LoadedNetwork.BATCH + 3}) {
            Estimates one = trained.estimator().predict(table(many.subset(new int[] {i})));
            assertEquals(all.feh()[i], one.feh()[0], 0.0, "star " + i);
            assertEquals(all.sigma()[i], one.sigma()[0], 0.0, "star " + i);
        }
    }

    @Test
    void unusableCurvesAreFlaggedNotThrown() {
        float[] good = SyntheticCurves.sample(1, 3).curves()[0];
        float[] withNaN = good.clone();
        withNaN[10] = Float.NaN;
        float[] flat = new float[good.length];
        float[] tooBig = good.clone();
        for (int j = 0; j < tooBig.length; j++) tooBig[j] *= 20;
        float[][] curves = {good, null, new float[7], withNaN, flat, tooBig};
        Estimates e = trained.estimator().predict(new FeatureTable(List.of(), new double[0][], new double[0][], curves));
        assertTrue(Double.isFinite(e.feh()[0]) && e.sigma()[0] > 0);
        assertEquals(null, e.flags()[0]);
        for (int i = 1; i <= 4; i++) {
            assertTrue(Double.isNaN(e.feh()[i]), "curve " + i);
            assertEquals("MISSING_FEATURE", e.flags()[i], "curve " + i);
        }
        assertEquals("OUT_OF_RANGE", e.flags()[5], "an amplitude of 20 times the training curves'");
    }
}
