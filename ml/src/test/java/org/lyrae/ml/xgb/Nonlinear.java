package org.lyrae.ml.xgb;

import java.util.Random;
import org.lyrae.ml.select.Dataset;

/** A non-linear synthetic relation for the XGBoost tests and benchmark. */
final class Nonlinear {
    private Nonlinear() {
    }

    /** y = sin(2 x0) + x1² - 0.5 x0 x2 + N(0, noise²), features uniform in [-1.5, 1.5]. */
    static Dataset of(int n, double noise, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = 3 * r.nextDouble() - 1.5;
            }
            y[i] = Math.sin(2 * x[i][0]) + x[i][1] * x[i][1] - 0.5 * x[i][0] * x[i][2] + noise * r.nextGaussian();
        }
        return Dataset.unnamed(x, y, null);
    }
}
