package org.lyrae.ml.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CrossValidatorTest {
    private final Dataset data = Synthetic.twoInformativeOfEight(300, 1);
    private final CrossValidator cv = new CrossValidator(new RepeatedKFold(5, 4, 7));

    @Test
    void constantPredictorHasZeroR2() {
        CvResult r = cv.evaluate(new ConstantRegressor(), data);
        double r2 = r.summary().mean().r2();
        assertTrue(Math.abs(r2) <= 0.02, "R² of the mean: " + r2);
        assertTrue(Math.abs(r.summary().mean().bias()) < 0.05);
    }

    @Test
    void leastSquaresOnLinearDataExplainsMostVariance() {
        CvResult r = cv.evaluate(new OrdinaryLeastSquares(), data);
        CvSummary s = r.summary();
        assertTrue(s.mean().r2() > 0.9, "R² " + s.mean().r2());
        assertEquals(0.3, s.mean().rmse(), 0.04);
        assertTrue(s.mean().mae() < s.mean().rmse());
        assertTrue(s.low().rmse() <= s.mean().rmse() && s.mean().rmse() <= s.high().rmse());
        assertTrue(s.rmseStdErr() > 0 && s.rmseStdErr() < 0.05, "se " + s.rmseStdErr());
        assertTrue(Double.isNaN(s.mean().inside1Sigma()), "OLS gives no sigma");
        assertNull(r.outOfFoldSigma());
        assertEquals(4, r.perRepeat().size());
        assertEquals(4, r.outOfFold().length);
        assertEquals(data.rows(), r.outOfFold()[0].length);
    }

    @Test
    void outOfFoldPredictionsComeFromModelsThatDidNotSeeTheRow() {
        // A model that memorises its training rows predicts them exactly; out of fold it cannot.
        Regressor memory = (x, y, w) -> rows -> Arrays.stream(rows).mapToDouble(row -> {
            for (int i = 0; i < x.length; i++) {
                if (x[i] == row) {
                    return y[i];
                }
            }
            return -1;
        }).toArray();
        CvResult r = cv.evaluate(memory, data);
        for (double p : r.outOfFold()[0]) {
            assertEquals(-1, p);
        }
    }

    @Test
    void coverageCountsRowsWithinSigma() {
        Regressor sigmaModel = (x, y, w) -> new Regressor.Fitted() {
            @Override
            public double[] predict(double[][] rows) {
                return new OrdinaryLeastSquares().fit(x, y, w).predict(rows);
            }

            @Override
            public Prediction predictWithSigma(double[][] rows) {
                double[] s = new double[rows.length];
                Arrays.fill(s, 0.3);
                return new Prediction(predict(rows), s);
            }
        };
        CvResult r = cv.evaluate(sigmaModel, data);
        assertEquals(0.68, r.summary().mean().inside1Sigma(), 0.07);
        assertEquals(1, r.sigmaScale(), 0.15, "sigma 0.3 is right for noise 0.3");
        assertTrue(Double.isNaN(cv.evaluate(new OrdinaryLeastSquares(), data).sigmaScale()));
    }

    @Test
    void sigmaScaleCorrectsOverconfidentSigmas() {
        Regressor halfSigma = (x, y, w) -> new Regressor.Fitted() {
            @Override
            public double[] predict(double[][] rows) {
                return new OrdinaryLeastSquares().fit(x, y, w).predict(rows);
            }

            @Override
            public Prediction predictWithSigma(double[][] rows) {
                double[] s = new double[rows.length];
                Arrays.fill(s, 0.15);
                return new Prediction(predict(rows), s);
            }
        };
        CvResult r = cv.evaluate(halfSigma, data);
        assertTrue(r.summary().mean().inside1Sigma() < 0.45);
        assertEquals(2, r.sigmaScale(), 0.25);
    }

    @Test
    void sameSeedSameScores() {
        CvResult a = cv.evaluate(new OrdinaryLeastSquares(), data);
        CvResult b = new CrossValidator(new RepeatedKFold(5, 4, 7)).evaluate(new OrdinaryLeastSquares(), data);
        assertEquals(a.summary(), b.summary());
        assertArrayEquals(a.outOfFold()[3], b.outOfFold()[3]);
    }
}
