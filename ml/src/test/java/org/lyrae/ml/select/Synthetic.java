package org.lyrae.ml.select;

import java.util.List;
import java.util.Random;

/** Synthetic tables with known answers for the selection tests. */
final class Synthetic {
    private Synthetic() {
    }

    /**
     * y = x0 + x1 + N(0, 0.3²) among 8 features: two informative ({@code inf0, inf1}), two noisy
     * copies of them ({@code corr0 = inf0 + N(0, 0.6²)}, {@code corr1}), four of pure noise.
     */
    static Dataset twoInformativeOfEight(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][8];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            x[i] = new double[] {a, b, a + 0.6 * r.nextGaussian(), b + 0.6 * r.nextGaussian(),
                r.nextGaussian(), r.nextGaussian(), r.nextDouble(), r.nextGaussian()};
            y[i] = a + b + 0.3 * r.nextGaussian();
        }
        return new Dataset(List.of("inf0", "inf1", "corr0", "corr1", "noise0", "noise1", "noise2", "noise3"), x, y, null);
    }

    /** Bivariate standard Gaussian with correlation rho: {@code [0]} x, {@code [1]} y. */
    static double[][] gaussianPair(int n, double rho, long seed) {
        Random r = new Random(seed);
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            double a = r.nextGaussian();
            xy[0][i] = a;
            xy[1][i] = rho * a + Math.sqrt(1 - rho * rho) * r.nextGaussian();
        }
        return xy;
    }
}
