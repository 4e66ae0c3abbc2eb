package org.lyrae.ml.xgb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lyrae.ml.select.ConstantRegressor;
import org.lyrae.ml.select.CrossValidator;
import org.lyrae.ml.select.CvResult;
import org.lyrae.ml.select.CvSummary;
import org.lyrae.ml.select.Dataset;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.RepeatedKFold;

class XgbRegressorTest {
    private static final Dataset TRAIN = Nonlinear.of(300, 0.1, 1);
    private static final Dataset TEST = Nonlinear.of(200, 0.1, 2);
    private static final XgbParams PARAMS = XgbParams.defaults();

    @Test
    void beatsAConstantByAWideMargin() {
        CrossValidator cv = new CrossValidator(new RepeatedKFold(5, 2, 3));
        CvSummary xgb = cv.evaluate(new XgbRegressorAdapter(PARAMS, false), TRAIN).summary();
        CvSummary constant = cv.evaluate(new ConstantRegressor(), TRAIN).summary();
        assertTrue(xgb.mean().rmse() < 0.3 * constant.mean().rmse(),
            "xgboost " + xgb.mean().rmse() + " vs constant " + constant.mean().rmse());
        assertTrue(xgb.mean().r2() > 0.9, "R² " + xgb.mean().r2());
    }

    @Test
    void savedBytesPredictTheSameInThisJvm() {
        try (XgbRegressor m = train(PARAMS); XgbRegressor back = XgbRegressor.fromBytes(m.toBytes())) {
            assertArrayEquals(m.predict(TEST.x()), back.predict(TEST.x()));
            assertFalse(back.hasSigma());
        }
    }

    @Test
    void savedBytesPredictTheSameInAFreshJvm(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.ubj");
        Path rows = dir.resolve("rows.bin");
        Path out = dir.resolve("pred.bin");
        double[] expected;
        try (XgbRegressor m = train(PARAMS)) {
            Files.write(model, m.toBytes());
            expected = m.predict(TEST.x());
        }
        XgbPredictMain.writeRows(rows, TEST.x());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), XgbPredictMain.class.getName(),
            model.toString(), rows.toString(), out.toString()).redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertArrayEquals(expected, XgbPredictMain.readRows(out)[0]);
    }

    @Test
    void sameSeedSameModel() {
        XgbParams sampled = new XgbParams(4, 0.1, 100, 0.7, 0.7, 1, 1, 42);
        try (XgbRegressor a = train(sampled); XgbRegressor b = train(sampled); XgbRegressor c = train(sampled.withSeed(43))) {
            assertArrayEquals(a.toBytes(), b.toBytes());
            assertArrayEquals(a.predict(TEST.x()), b.predict(TEST.x()));
            assertFalse(Arrays.equals(a.predict(TEST.x()), c.predict(TEST.x())), "the seed drives the sampling");
        }
    }

    @Test
    void zeroWeightRowsDoNotCount() {
        double[] y = TRAIN.y().clone();
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = i % 2;
            if (w[i] == 0) {
                y[i] = 100;
            }
        }
        try (XgbRegressor m = XgbRegressor.train(TRAIN.x(), y, w, PARAMS)) {
            assertTrue(Arrays.stream(m.predict(TEST.x())).allMatch(v -> v < 5), "outliers of weight 0 ignored");
        }
    }

    @Test
    void quantileModelGivesCalibratedSigma() {
        Dataset noisy = Nonlinear.of(1000, 0.4, 5);
        Dataset held = Nonlinear.of(1000, 0.4, 6);
        try (XgbRegressor m = XgbRegressor.trainWithSigma(noisy.x(), noisy.y(), null, PARAMS);
             XgbRegressor back = XgbRegressor.fromBytes(m.toBytes())) {
            assertTrue(back.hasSigma(), "the quantiles travel with the model");
            Prediction p = m.predictWithSigma(held.x());
            double meanSigma = Arrays.stream(p.sigma()).average().orElseThrow();
            assertEquals(0.4, meanSigma, 0.1);
            assertEquals(0.68, inside(p, held.y()), 0.1);
            assertArrayEquals(p.sigma(), back.predictWithSigma(held.x()).sigma());
        }
    }

    @Test
    void crossValidatedScaleCalibratesSigmaOfASmallTrainingSet() {
        Dataset small = Nonlinear.of(200, 0.3, 7);
        Dataset held = Nonlinear.of(2000, 0.3, 8);
        XgbRegressorAdapter adapter = new XgbRegressorAdapter(PARAMS, true);
        CvResult cv = new CrossValidator(new RepeatedKFold(5, 2, 1)).evaluate(adapter, small);
        double scale = cv.sigmaScale();
        assertTrue(scale > 1, "quantiles fitted to 160 rows are too narrow: scale " + scale);
        try (XgbRegressor m = adapter.fit(small.x(), small.y(), null)) {
            double before = inside(m.predictWithSigma(held.x()), held.y());
            m.scaleSigma(scale);
            double after = inside(m.predictWithSigma(held.x()), held.y());
            assertTrue(before < 0.6, "uncalibrated " + before);
            // Slightly conservative (about 0.72-0.75 observed): the final model sees all rows, the
            // cross-validated ones 80% of them, so its quantiles are a little less overconfident.
            assertTrue(after > 0.62 && after < 0.80, "calibrated " + after);
            try (XgbRegressor back = XgbRegressor.fromBytes(m.toBytes())) {
                assertArrayEquals(m.predictWithSigma(held.x()).sigma(), back.predictWithSigma(held.x()).sigma());
            }
        }
    }

    private static double inside(Prediction p, double[] truth) {
        int n = 0;
        for (int i = 0; i < truth.length; i++) {
            n += Math.abs(p.value()[i] - truth[i]) <= p.sigma()[i] ? 1 : 0;
        }
        return n / (double) truth.length;
    }

    @Test
    void pointModelHasNoSigmaAndMissingValuesAreAllowed() {
        try (XgbRegressor m = train(PARAMS)) {
            assertNull(m.predictWithSigma(TEST.x()).sigma());
            double[] p = m.predict(new double[][] {{Double.NaN, 0.5, Double.NaN}});
            assertTrue(Double.isFinite(p[0]));
            assertEquals(0, m.predict(new double[0][]).length);
        }
    }

    @Test
    void misuseFailsWithAnExceptionNotACrash() {
        XgbRegressor m = train(PARAMS);
        assertThrows(XgbException.class, () -> m.predict(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> m.scaleSigma(2), "no sigma to scale");
        m.close();
        assertThrows(IllegalStateException.class, () -> m.predict(TEST.x()));
        assertThrows(IllegalStateException.class, m::toBytes);
        assertThrows(XgbException.class, () -> XgbRegressor.fromBytes(new byte[] {1, 2, 3}));
    }

    private static XgbRegressor train(XgbParams params) {
        return XgbRegressor.train(TRAIN.x(), TRAIN.y(), null, params);
    }
}
