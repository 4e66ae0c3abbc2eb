package org.lyrae.ml.fourier;

/**
 * The extra white-noise variance s² that, added to every epoch's error, brings the reduced chi-square to 1:
 * Σ r²/(σ² + s²) = N − p. Photometric errors of bright RR Lyrae are often far smaller than the true scatter
 * (Gaia's especially); weighting by 1/σ² alone then lets a few epochs with the smallest quoted errors steer the
 * fit. Adding s² keeps the errors' relative information where they are right (s² ≈ 0) and tends to equal
 * weights where they are not. Without errors (σ = 0) it is the residual variance, i.e. ordinary scaling.
 */
final class ExcessScatter {

    private static final int MAX_ITERATIONS = 50;

    private ExcessScatter() {
    }

    /**
     * @param residuals observed − model for every epoch
     * @param use       epochs in the fit
     * @param dof       degrees of freedom of the fit
     * @return s² in mag², 0 when the errors already explain the residuals
     */
    static double variance(Observations obs, double[] residuals, boolean[] use, int dof) {
        double s2 = 0;
        double rss = 0;
        for (int i = 0; i < obs.size(); i++) {
            if (use[i]) {
                rss += residuals[i] * residuals[i];
            }
        }
        if (!obs.errorsGiven) {
            return Math.max(rss / dof, Double.MIN_NORMAL);
        }
        // Newton from s² = 0 on a convex decreasing function approaches the root from below without overshoot.
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double f = -dof;
            double slope = 0;
            for (int i = 0; i < obs.size(); i++) {
                if (use[i]) {
                    double v = obs.errorVariance[i] + s2;
                    double r2 = residuals[i] * residuals[i];
                    f += r2 / v;
                    slope -= r2 / (v * v);
                }
            }
            if (f <= 1e-9 * dof || slope == 0) {
                break;
            }
            s2 -= f / slope;
        }
        return s2;
    }
}
