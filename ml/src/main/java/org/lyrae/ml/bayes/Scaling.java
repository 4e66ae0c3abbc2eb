package org.lyrae.ml.bayes;

/**
 * Centres and scales the features and the target to zero mean and unit standard deviation for
 * sampling, and maps standardised parameters back to original units. Standardising puts the
 * priors on a unit scale and keeps the weighted least squares start well conditioned; the stretch
 * move itself is affine invariant, so sampling efficiency does not hinge on it.
 *
 * <p>With {@code z_j = (x_j − m_j)/s_j} and {@code u = (y − m_y)/s_y}, the standardised model
 * {@code u = b0 + Σ b_j z_j} with scatter {@code τ} is the original model with
 * {@code c_j = s_y b_j / s_j}, {@code c0 = m_y + s_y b0 − Σ c_j m_j}, {@code σ_int = s_y τ};
 * errors scale as {@code σ_zj = σ_xj / s_j}, {@code σ_u = σ_y / s_y}, so the likelihood's
 * variance is the original one divided by {@code s_y²}.
 */
record Scaling(double[] xMean, double[] xSd, double yMean, double ySd) {

    static Scaling of(double[][] x, double[] y) {
        int n = y.length;
        int p = x[0].length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        double[] column = new double[n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) column[i] = x[i][j];
            mean[j] = mean(column);
            sd[j] = sd(column, mean[j]);
            if (!(sd[j] > 0)) throw new IllegalArgumentException("feature " + j + " has the same value (" + x[0][j]
                    + ") for every star, so its coefficient cannot be fitted");
        }
        double my = mean(y);
        double sy = sd(y, my);
        if (!(sy > 0)) throw new IllegalArgumentException("the target has the same value (" + y[0] + ") for every star");
        return new Scaling(mean, sd, my, sy);
    }

    StandardData standardise(double[][] x, double[][] xErr, double[] y, double[] yErr) {
        int n = y.length;
        int p = xMean.length;
        double[] z = new double[n * p];
        double[] zVar = new double[n * p];
        double[] u = new double[n];
        double[] uVar = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i * p + j] = (x[i][j] - xMean[j]) / xSd[j];
                double e = xErr[i][j] / xSd[j];
                zVar[i * p + j] = e * e;
            }
            u[i] = (y[i] - yMean) / ySd;
            double e = yErr[i] / ySd;
            uVar[i] = e * e;
        }
        return new StandardData(n, p, z, zVar, u, uVar);
    }

    /**
     * Maps sampled parameters {@code (b0, b1..bp, ln τ)} to {@code (c0, c1..cp, σ_int)} in original units.
     */
    void toOriginal(double[] standard, double[] original) {
        int p = xMean.length;
        double c0 = yMean + ySd * standard[0];
        for (int j = 0; j < p; j++) {
            double c = ySd * standard[j + 1] / xSd[j];
            original[j + 1] = c;
            c0 -= c * xMean[j];
        }
        original[0] = c0;
        original[p + 1] = ySd * Math.exp(standard[p + 1]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    private static double sd(double[] v, double mean) {
        double s = 0;
        for (double d : v) s += (d - mean) * (d - mean);
        return Math.sqrt(s / (v.length - 1));
    }
}
