package org.lyrae.ml.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnivariateScorerTest {

    @Test
    void fStatisticFromCorrelation() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1.2, 1.9, 3.4, 3.8, 5.3, 5.7};
        double r = FTest.correlation(x, y);
        FeatureScore s = new FTest().score("x", x, y);
        assertEquals(r * r / (1 - r * r) * 4, s.score(), 1e-9);
        assertEquals("x", s.feature());
    }

    @Test
    void pValueIsTheUpperTailOfF() {
        // F(1, 10) = 4 is t(10) = 2, whose two-sided p value is 0.073388.
        assertEquals(0.073388, FTest.pValue(4, 10), 1e-6);
        assertEquals(1, FTest.pValue(0, 10), 1e-12);
        assertTrue(FTest.pValue(400, 300) > 0 && FTest.pValue(400, 300) < 1e-50, "tiny p stays positive");
    }

    @Test
    void constantFeatureScoresZero() {
        FeatureScore s = new FTest().score("c", new double[] {2, 2, 2, 2}, new double[] {1, 2, 3, 4});
        assertEquals(0, s.score());
        assertEquals(1.0, s.pValue());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.6, 0.9})
    void mutualInformationOfGaussiansMatchesTheFormula(double rho) {
        double[][] xy = Synthetic.gaussianPair(2000, rho, 11);
        double expected = -0.5 * Math.log(1 - rho * rho);
        double mi = new MutualInformation().estimate(xy[0], xy[1]);
        assertEquals(expected, mi, 0.05, "rho " + rho);
    }

    @Test
    void mutualInformationSeesWhatCorrelationMisses() {
        Random r = new Random(5);
        double[] x = new double[1000];
        double[] y = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
            y[i] = x[i] * x[i] + 0.1 * r.nextGaussian();
        }
        FeatureScore mi = new MutualInformation().score("x", x, y);
        assertTrue(mi.score() > 1, "MI " + mi.score());
        assertNull(mi.pValue());
        assertTrue(new FTest().score("x", x, y).pValue() > 0.01, "no linear relation");
    }

    @Test
    void mutualInformationIsDeterministicAndHandlesTies() {
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7;
            y[i] = (i % 7) * 0.5 + (i % 3);
        }
        double a = new MutualInformation().estimate(x, y);
        assertEquals(a, new MutualInformation().estimate(x, y));
        assertTrue(a > 0.5 && Double.isFinite(a), "MI " + a);
    }
}
