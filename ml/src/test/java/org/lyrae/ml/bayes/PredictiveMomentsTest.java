package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The closed form is an identity over any set of draws, not an approximation. */
class PredictiveMomentsTest {

    @Test
    void closedFormEqualsAveragingOverTheSameDraws() {
        Random rng = new Random(71);
        int n = 300;
        double[][] coefficients = new double[n][3];
        double[] scatter = new double[n];
        for (int s = 0; s < n; s++) {
            double a = rng.nextGaussian(), b = rng.nextGaussian();
            coefficients[s] = new double[] {-5 + 0.2 * a, -5.4 + 0.2 * (0.8 * a + 0.6 * b), 1.3 + 0.04 * b};
            scatter[s] = 0.15 * Math.exp(0.1 * rng.nextGaussian());
        }
        PosteriorDraws draws = new PosteriorDraws(List.of("c0", "c1", "c2", "sigma_int"), coefficients, scatter);
        SimulatedStars.Sample stars = SimulatedStars.draw(100, 72);
        Prediction closed = PredictiveMoments.of(draws).predict(stars.x(), stars.xErr());
        Prediction brute = draws.predict(stars.x(), stars.xErr());
        for (int i = 0; i < 100; i++) {
            assertEquals(brute.mean()[i], closed.mean()[i], 1e-10);
            assertEquals(brute.sigma()[i], closed.sigma()[i], 1e-10);
        }
    }

    @Test
    void knownMomentsGiveTheHandComputedAnswer() {
        double[][] cov = {{0.04, 0.01, 0}, {0.01, 0.09, 0.02}, {0, 0.02, 0.16}};
        PredictiveMoments m = new PredictiveMoments(new double[] {1, 2, 3}, cov, 0.25);
        Prediction p = m.predict(new double[][] {{2, -1}}, new double[][] {{0.5, 1}});
        // x̃ = (1, 2, -1): x̃ᵀSx̃ = 0.04 + 4·0.09 + 0.16 + 2(2·0.01 + 0 − 2·0.02) = 0.52;
        // E[c1²]σ1² = (4 + 0.09)·0.25 = 1.0225; E[c2²]σ2² = 9.16
        assertEquals(1 + 4 - 3, p.mean()[0], 1e-12);
        assertEquals(Math.sqrt(0.52 + 0.25 + 1.0225 + 9.16), p.sigma()[0], 1e-12);
    }
}
