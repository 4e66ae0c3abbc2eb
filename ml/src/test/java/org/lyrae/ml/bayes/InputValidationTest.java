package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad inputs fail at once, with a message that says what and where. */
class InputValidationTest {
    private final SimulatedStars.Sample s = SimulatedStars.draw(20, 41);

    @Test
    void nanFeatureIsNamed() {
        s.x()[7][1] = Double.NaN;
        assertMessage("x[7][1] is NaN", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
    }

    @Test
    void nonFiniteTargetAndErrorsAreNamed() {
        s.y()[3] = Double.POSITIVE_INFINITY;
        assertMessage("y[3] is Infinity", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
        s.y()[3] = 0;
        s.yErr()[4] = -0.1;
        assertMessage("yErr[4] is -0.1", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
        s.yErr()[4] = 0.1;
        s.xErr()[5][0] = Double.NaN;
        assertMessage("xErr[5][0] is NaN", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
    }

    @Test
    void mismatchedLengthsAreReported() {
        double[] shortY = Arrays.copyOf(s.y(), 19);
        assertMessage("x has 20 rows, xErr 20, y 19 and yErr 20", () -> fit(s.x(), s.xErr(), shortY, s.yErr()));
        s.xErr()[2] = new double[] {0.1};
        assertMessage("star 2 has 2 features and 1 feature errors", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
    }

    @Test
    void nullsAreNamed() {
        assertMessage("xErr is null", () -> fit(s.x(), null, s.y(), s.yErr()));
        s.x()[9] = null;
        assertMessage("x[9] is null", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
    }

    @Test
    void unfittableDataIsExplained() {
        for (double[] row : s.x()) row[1] = 3.0;
        assertMessage("feature 1 has the same value (3.0) for every star", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
        for (double[] row : s.x()) row[1] = 2 * row[0] + 1;
        assertMessage("collinear", () -> fit(s.x(), s.xErr(), s.y(), s.yErr()));
        SimulatedStars.Sample four = SimulatedStars.draw(4, 42);
        assertMessage("need at least 5 stars", () -> fit(four.x(), four.xErr(), four.y(), four.yErr()));
    }

    @Test
    void badSettingsAreExplained() {
        assertMessage("walkers must be at least 2·dim = 8", () -> BayesianLinearModel.fit(s.x(), s.xErr(), s.y(), s.yErr(),
                FitSettings.defaults().withWalkers(6), ProgressListener.NONE));
        assertMessage("walkers must be 0 (automatic) or a positive even number", () -> FitSettings.defaults().withWalkers(33));
        assertMessage("steps must keep at least 4 steps", () -> FitSettings.defaults().withSteps(10, 3));
    }

    /** Prediction: shapes and negative errors are errors; a star with a missing feature just gets NaN. */
    @Test
    void predictionChecksShapesButPassesGapsThrough() {
        PredictiveMoments m = new PredictiveMoments(new double[] {1, 2, 3}, new double[3][3], 0.01);
        assertMessage("star 0 has 1 features and 1 feature errors; the model has 2 features",
                () -> m.predict(new double[][] {{1}}, new double[][] {{0.1}}));
        assertMessage("x has 2 rows and xErr 1", () -> m.predict(new double[2][2], new double[1][2]));
        assertMessage("xErr[0][1] is -1.0", () -> m.predict(new double[][] {{1, 1}}, new double[][] {{0, -1}}));
        Prediction p = m.predict(new double[][] {{1, Double.NaN}, {1, 1}}, new double[][] {{0, 0}, {0, Double.NaN}});
        assertTrue(Double.isNaN(p.mean()[0]) && Double.isNaN(p.sigma()[0]));
        assertEquals(6, p.mean()[1], 1e-12);
        assertTrue(Double.isNaN(p.sigma()[1]));
    }

    private static void fit(double[][] x, double[][] xErr, double[] y, double[] yErr) {
        BayesianLinearModel.fit(x, xErr, y, yErr, FitSettings.defaults().withSteps(5, 10), ProgressListener.NONE);
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
