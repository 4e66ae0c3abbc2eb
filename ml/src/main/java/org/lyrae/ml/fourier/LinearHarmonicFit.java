package org.lyrae.ml.fourier;

/**
 * Weighted least-squares Fourier fit at a fixed frequency with the order chosen by BIC.
 *
 * <p>The normal equations are built once for the highest allowed order and factored once: with the basis
 * ordered by harmonic, the Cholesky factor of order k is the leading (2k+1) block of that factor, and the
 * forward-substituted right-hand side z gives every order's chi-square as yᵀWy − Σ_{i<2k+1} zᵢ². All orders
 * therefore cost one factorisation; only the chosen order is back-substituted and inverted.
 *
 * <p>BIC is taken as N ln(χ²/N) + p ln N, the Gaussian likelihood with the error scale left free: real
 * photometric errors are often off by a factor (Gaia's are usually too small for RR Lyrae), and the
 * scale-free form keeps the order choice sane whether errors are given, wrong, or absent.
 */
final class LinearHarmonicFit {

    /** Below this relative pivot a column is treated as a combination of earlier ones (design too gappy). */
    private static final double PIVOT_TOLERANCE = 1e-9;

    /**
     * @param order        chosen order
     * @param coefficients A0 − meanMag, a₁, b₁, …, in {@link HarmonicBasis} order
     * @param covariance   (AᵀWA)⁻¹ of the chosen order, not yet scaled by the residuals
     * @param chi2         weighted residual sum of squares of the used epochs
     * @param used         epochs in the fit
     * @param bic          the criterion of the chosen order
     * @param residuals    observed − model for every epoch, used or not (clipping needs the unused ones)
     * @param design       design rows of every epoch, {@code stride} wide (the chosen order's columns first)
     * @param factor       Cholesky factor of the normal matrix, {@code stride} wide
     * @param weight       the weights the fit used
     */
    record Solution(int order, double[] coefficients, double[] covariance, double chi2, int used, double bic,
                    double[] residuals, double[] design, double[] factor, int stride, double[] weight) {

        int parameters() {
            return HarmonicBasis.parameters(order);
        }

        /**
         * Leverage h_ii = w_i xᵢᵀ(XᵀWX)⁻¹xᵢ = w_i |L⁻¹xᵢ|² of epoch i in this fit: how much of its own residual the
         * fit absorbs (the residual's variance is σ²(1 − h_ii)). Computed on demand, for the few suspects only.
         */
        double leverage(int i) {
            int p = parameters();
            double[] z = new double[p];
            int ri = i * stride;
            double h = 0;
            for (int r = 0; r < p; r++) {
                double s = design[ri + r];
                int rr = r * stride;
                for (int k = 0; k < r; k++) {
                    s -= factor[rr + k] * z[k];
                }
                z[r] = s / factor[rr + r];
                h += z[r] * z[r];
            }
            return weight[i] * h;
        }
    }

    private LinearHarmonicFit() {
    }

    /**
     * Fits orders {@code minOrder}…{@code maxOrder} at angular frequency {@code omega} to the epochs in
     * {@code use} and keeps the one with the lowest BIC. When fewer than {@code minOrder} harmonics are
     * feasible, the orders from 1 up to the feasible one compete instead.
     */
    static Solution fit(Observations obs, double omega, boolean[] use, int minOrder, int maxOrder) {
        int used = Observations.count(use);
        if (maxOrder < 1) {
            throw new FourierFitException(obs.starId, used + " usable epochs (after clipping) cannot constrain even a"
                    + " first-order Fourier fit at period " + (2 * Math.PI / omega) + " d: need at least "
                    + "enough epochs and no half-cycle phase gap");
        }
        int n = HarmonicBasis.parameters(maxOrder);
        int size = obs.size();
        double[] design = new double[size * n];
        double[] normal = new double[n * n];
        double[] rhs = new double[n];
        double yy = 0;
        for (int i = 0; i < size; i++) {
            int ri = i * n;
            HarmonicBasis.fill(omega * obs.tau[i], maxOrder, design, ri);
            if (!use[i]) {
                continue;
            }
            double w = obs.weight[i];
            double y = obs.dy[i];
            yy += w * y * y;
            for (int r = 0; r < n; r++) {
                double wr = w * design[ri + r];
                rhs[r] += wr * y;
                int rr = r * n;
                for (int c = 0; c <= r; c++) {
                    normal[rr + c] += wr * design[ri + c];
                }
            }
        }
        int factored = Cholesky.factor(normal, n, PIVOT_TOLERANCE);
        int feasibleOrder = Math.min(maxOrder, (factored - 1) / 2);
        if (feasibleOrder < 1) {
            throw new FourierFitException(obs.starId, "the epochs do not constrain a sinusoid at period "
                    + (2 * Math.PI / omega) + " d (they fall on too few distinct phases)");
        }
        double[] z = new double[n];
        Cholesky.forward(normal, n, HarmonicBasis.parameters(feasibleOrder), rhs, z);

        double floor = Math.max(yy * 1e-24, Double.MIN_NORMAL);
        double logN = Math.log(used);
        double explained = z[0] * z[0];
        int best = 0;
        double bestBic = Double.POSITIVE_INFINITY;
        double bestChi2 = 0;
        int lowest = Math.min(minOrder, feasibleOrder);
        for (int k = 1; k <= feasibleOrder; k++) {
            explained += z[2 * k - 1] * z[2 * k - 1] + z[2 * k] * z[2 * k];
            if (k < lowest) {
                continue;
            }
            double chi2 = Math.max(yy - explained, floor);
            double bic = used * Math.log(chi2 / used) + HarmonicBasis.parameters(k) * logN;
            if (bic < bestBic) {
                bestBic = bic;
                best = k;
                bestChi2 = chi2;
            }
        }
        int p = HarmonicBasis.parameters(best);
        double[] beta = new double[p];
        Cholesky.backward(normal, n, p, z, beta);
        double[] covariance = Cholesky.inverse(normal, n, p);
        double[] residuals = new double[size];
        for (int i = 0; i < size; i++) {
            int ri = i * n;
            double model = 0;
            for (int r = 0; r < p; r++) {
                model += design[ri + r] * beta[r];
            }
            residuals[i] = obs.dy[i] - model;
        }
        return new Solution(best, beta, covariance, bestChi2, used, bestBic, residuals, design, normal, n, obs.weight);
    }
}
