package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The standardised model and its back-transformed parameters describe the same relation and variance. */
class ScalingTest {

    @Test
    void standardisedAndOriginalModelsAgree() {
        SimulatedStars.Sample s = SimulatedStars.draw(30, 51);
        Scaling scaling = Scaling.of(s.x(), s.y());
        StandardData d = scaling.standardise(s.x(), s.xErr(), s.y(), s.yErr());
        double[] theta = {0.3, -0.7, 1.2, Math.log(0.4)};
        double[] c = new double[4];
        scaling.toOriginal(theta, c);
        for (int i = 0; i < d.n(); i++) {
            double muStd = theta[0] + theta[1] * d.z()[2 * i] + theta[2] * d.z()[2 * i + 1];
            double muOrig = c[0] + c[1] * s.x()[i][0] + c[2] * s.x()[i][1];
            assertEquals(muOrig, scaling.yMean() + scaling.ySd() * muStd, 1e-9);
            double varStd = d.uVar()[i] + theta[1] * theta[1] * d.zVar()[2 * i] + theta[2] * theta[2] * d.zVar()[2 * i + 1]
                    + Math.exp(2 * theta[3]);
            double varOrig = s.yErr()[i] * s.yErr()[i] + sq(c[1] * s.xErr()[i][0]) + sq(c[2] * s.xErr()[i][1]) + c[3] * c[3];
            assertEquals(varOrig, scaling.ySd() * scaling.ySd() * varStd, 1e-12);
            assertEquals((s.y()[i] - scaling.yMean()) / scaling.ySd(), d.u()[i], 1e-12);
        }
        assertEquals(0, mean(d.z(), 0), 1e-12);
        assertEquals(0, mean(d.u(), -1), 1e-12);
    }

    private static double mean(double[] v, int featureOrAll) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++)
            if (featureOrAll < 0 || i % 2 == featureOrAll) {
                s += v[i];
                n++;
            }
        return s / n;
    }

    private static double sq(double v) {
        return v * v;
    }
}
