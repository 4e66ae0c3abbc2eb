package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The sampler alone, on densities whose moments are known. */
class EnsembleSamplerTest {

    /**
     * A strongly correlated, badly scaled Gaussian (ρ = 0.99, scales 1 and 100): the stretch move is
     * affine invariant, so it must recover means, variances and correlation anyway.
     */
    @Test
    void samplesACorrelatedGaussian() {
        double s1 = 1, s2 = 100, rho = 0.99;
        LogDensity gauss = t -> {
            double a = t[0] / s1, b = (t[1] - 5) / s2;
            return -0.5 * (a * a - 2 * rho * a * b + b * b) / (1 - rho * rho);
        };
        Well19937c rng = new Well19937c(31);
        double[][] start = new double[32][2];
        for (double[] w : start) {
            w[0] = 0.1 * rng.nextGaussian();
            w[1] = 5 + 0.1 * rng.nextGaussian();
        }
        EnsembleChain chain = new EnsembleSampler(gauss, 2, 2.0).run(start, 1000, 5000, 1, rng, () -> { });
        assertTrue(chain.acceptance() > 0.2 && chain.acceptance() < 0.9, "acceptance " + chain.acceptance());
        double m0 = 0, m1 = 0, v0 = 0, v1 = 0, c01 = 0;
        int n = chain.draws();
        for (int d = 0; d < n; d++) {
            m0 += chain.value(d, 0) / n;
            m1 += chain.value(d, 1) / n;
        }
        for (int d = 0; d < n; d++) {
            double a = chain.value(d, 0) - m0, b = chain.value(d, 1) - m1;
            v0 += a * a / n;
            v1 += b * b / n;
            c01 += a * b / n;
        }
        // ESS is about n/τ ≈ 160000/40 = 4000: 0.1σ on a mean is over 6 Monte Carlo standard errors
        assertEquals(0, m0, 0.1 * s1);
        assertEquals(5, m1, 0.1 * s2);
        assertEquals(s1 * s1, v0, 0.1 * s1 * s1);
        assertEquals(s2 * s2, v1, 0.1 * s2 * s2);
        assertEquals(rho, c01 / Math.sqrt(v0 * v1), 0.005);
        double tau = AutocorrelationTime.of(new double[][] {chain.walkerSeries(0, 0), chain.walkerSeries(1, 0)});
        assertTrue(tau > 1 && tau < 200, "τ " + tau);
    }

    /** Zero density outside x > 0 (a half-normal): no kept draw may leave the support. */
    @Test
    void neverAcceptsZeroDensity() {
        LogDensity halfNormal = t -> t[0] > 0 ? -0.5 * t[0] * t[0] : Double.NEGATIVE_INFINITY;
        Well19937c rng = new Well19937c(32);
        double[][] start = new double[8][1];
        for (double[] w : start) w[0] = 0.5 + 0.1 * rng.nextDouble();
        EnsembleChain chain = new EnsembleSampler(halfNormal, 1, 2.0).run(start, 200, 4000, 2, rng, () -> { });
        double mean = 0;
        for (int d = 0; d < chain.draws(); d++) {
            assertTrue(chain.value(d, 0) > 0);
            mean += chain.value(d, 0) / chain.draws();
        }
        assertEquals(2000, chain.steps());
        assertEquals(Math.sqrt(2 / Math.PI), mean, 0.05); // E|Z|
    }

    @Test
    void startsOfZeroDensityAreRefused() {
        LogDensity positive = t -> t[0] > 0 ? 0 : Double.NEGATIVE_INFINITY;
        double[][] start = {{1}, {-1}};
        assertThrows(IllegalStateException.class,
                () -> new EnsembleSampler(positive, 1, 2.0).run(start, 1, 4, 1, new Well19937c(1), () -> { }));
    }
}
