package org.lyrae.ml.fourier;

/**
 * Levenberg–Marquardt refinement of the angular frequency together with the Fourier coefficients, so that
 * the period gets an error from the same likelihood as the shape and the coefficient errors include the
 * period's uncertainty. Parameters are [A0, a₁, b₁, …, a_K, b_K, ω] (ω last, so the coefficient block of the
 * covariance lines up with the fixed-period one).
 */
final class PeriodRefiner {

    private static final int MAX_ITERATIONS = 50;
    /** Stop when the Gauss–Newton step would lower chi-square by less than this fraction. */
    private static final double RELATIVE_DECREASE = 1e-10;

    /**
     * @param omega        refined angular frequency, rad/day
     * @param coefficients refined coefficients (magnitudes relative to the observations' mean)
     * @param covariance   (JᵀWJ)⁻¹ at the solution, (2K+2)², ω last; not yet scaled by the residuals
     * @param chi2         weighted residual sum of squares at the solution
     * @param converged    whether the Gauss–Newton decrement fell below tolerance within the peak
     */
    record Result(double omega, double[] coefficients, double[] covariance, double chi2, boolean converged) {
    }

    private PeriodRefiner() {
    }

    /**
     * Refines from a periodogram frequency in stages of rising order (1, 3, then {@code order}). The chi-square of
     * a K-harmonic model has wells only about 1/(K·T) wide in frequency, narrower than the periodogram's grid step
     * for high K: started on the grid, a full-order refinement can settle in a neighbouring well (seen on synthetic
     * curves as a period 15σ off with χ²/dof ≈ 25). A single sinusoid's well spans the whole peak, and each stage
     * starts the next inside its narrower well.
     */
    static Result refineInStages(Observations obs, boolean[] use, int order, double omega0) {
        double omega = omega0;
        Result result = null;
        for (int stage : new int[] {1, 3, order}) {
            int k = Math.min(stage, order);
            if (result != null && k == (result.coefficients().length - 1) / 2) {
                continue;
            }
            LinearHarmonicFit.Solution start = LinearHarmonicFit.fit(obs, omega, use, k, k);
            result = refine(obs, use, start.order(), omega, start.coefficients());
            omega = result.omega();
        }
        return result;
    }

    static Result refine(Observations obs, boolean[] use, int order, double omega0, double[] coefficients0) {
        int p = HarmonicBasis.parameters(order) + 1;
        double[] theta = new double[p];
        System.arraycopy(coefficients0, 0, theta, 0, p - 1);
        theta[p - 1] = omega0;
        // Stay on the starting peak: a step farther than one peak width (2π/T) would be another alias.
        double maxShift = 2 * Math.PI / Math.max(obs.timeSpan, 1e-9);
        double[] normal = new double[p * p];
        double[] gradient = new double[p];
        double chi2 = accumulate(obs, use, order, theta, normal, gradient);
        double lambda = 1e-4;
        boolean converged = false;
        for (int iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
            double[] step = Cholesky.solveEquilibrated(normal, p, gradient, null);
            if (step == null) {
                break;
            }
            double predicted = dot(step, gradient);
            if (predicted <= RELATIVE_DECREASE * chi2) {
                converged = true;
                break;
            }
            boolean accepted = false;
            while (!accepted && lambda < 1e12) {
                double[] damped = normal.clone();
                for (int i = 0; i < p; i++) {
                    damped[i * p + i] *= 1 + lambda;
                }
                double[] trial = Cholesky.solveEquilibrated(damped, p, gradient, null);
                if (trial != null) {
                    double[] next = theta.clone();
                    for (int i = 0; i < p; i++) {
                        next[i] += trial[i];
                    }
                    if (Math.abs(next[p - 1] - omega0) <= maxShift) {
                        double[] nextNormal = new double[p * p];
                        double[] nextGradient = new double[p];
                        double nextChi2 = accumulate(obs, use, order, next, nextNormal, nextGradient);
                        if (nextChi2 <= chi2) {
                            theta = next;
                            normal = nextNormal;
                            gradient = nextGradient;
                            chi2 = nextChi2;
                            accepted = true;
                            lambda = Math.max(lambda * 0.1, 1e-12);
                            continue;
                        }
                    }
                }
                lambda *= 10;
            }
            if (!accepted) {
                break;
            }
        }
        double[] covariance = new double[p * p];
        if (Cholesky.solveEquilibrated(normal, p, gradient, covariance) == null) {
            throw new FourierFitException(obs.starId, "singular period–coefficient normal matrix");
        }
        double[] coefficients = new double[p - 1];
        System.arraycopy(theta, 0, coefficients, 0, p - 1);
        return new Result(theta[p - 1], coefficients, covariance, chi2, converged);
    }

    /**
     * Fills JᵀWJ (lower triangle) and JᵀW r at {@code theta} and returns chi-square. The frequency column is
     * ∂m/∂ω = τ Σ k (a_k cos kωτ − b_k sin kωτ).
     */
    private static double accumulate(Observations obs, boolean[] use, int order, double[] theta, double[] normal,
                                     double[] gradient) {
        int p = theta.length;
        double omega = theta[p - 1];
        double[] row = new double[p];
        double chi2 = 0;
        for (int i = 0; i < obs.size(); i++) {
            if (!use[i]) {
                continue;
            }
            double tau = obs.tau[i];
            HarmonicBasis.fill(omega * tau, order, row, 0);
            double model = theta[0];
            double slope = 0;
            for (int k = 1; k <= order; k++) {
                double a = theta[2 * k - 1];
                double b = theta[2 * k];
                double s = row[2 * k - 1];
                double c = row[2 * k];
                model += a * s + b * c;
                slope += k * (a * c - b * s);
            }
            row[p - 1] = tau * slope;
            double w = obs.weight[i];
            double r = obs.dy[i] - model;
            chi2 += w * r * r;
            for (int a = 0; a < p; a++) {
                double wa = w * row[a];
                gradient[a] += wa * r;
                int ra = a * p;
                for (int b = 0; b <= a; b++) {
                    normal[ra + b] += wa * row[b];
                }
            }
        }
        return chi2;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
