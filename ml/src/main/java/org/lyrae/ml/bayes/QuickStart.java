package org.lyrae.ml.bayes;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A fast point estimate that places the walkers near the posterior's bulk, so burn-in is short:
 * iteratively reweighted least squares on the standardised data with weights
 * {@code 1/(σ_u² + Σ b_j² σ_zj² + τ²)} (the likelihood's variances), the scatter {@code τ²} re-solved
 * each round by the Paule–Mandel moment equation {@code Σ r_i²/v_i(τ²) = n − p − 1} (zero when the
 * errors alone explain the residuals). Not the exact maximum of the likelihood, but close to it,
 * and never stuck, which is all a start needs.
 */
final class QuickStart {
    /** Scatter floor for the start (standardised units): the log scale needs a finite starting point. */
    private static final double MIN_START_SCATTER = 0.05;
    /** Spread of the starting ball in {@code ln τ}. */
    private static final double LN_SCATTER_SPREAD = 0.1;
    private static final int MAX_ROUNDS = 100;
    /** Smallest {@code τ²} used in weights (standardised units): keeps weights finite when some errors are 0. */
    private static final double MIN_TAU2 = 1e-12;

    private final double[] theta;
    private final double[] spread;

    private QuickStart(double[] theta, double[] spread) {
        this.theta = theta;
        this.spread = spread;
    }

    /** The estimate {@code (b0, b1..bp, ln τ)}. */
    double[] theta() {
        return theta.clone();
    }

    /**
     * Walkers scattered around the estimate by its standard errors (and 0.1 in {@code ln τ}),
     * roughly the posterior's own width, so that independent ensembles start apart enough for
     * split-R-hat to notice one that has not forgotten its start.
     */
    double[][] ball(int walkers, RandomGenerator rng) {
        double[][] start = new double[walkers][theta.length];
        for (int k = 0; k < walkers; k++)
            for (int d = 0; d < theta.length; d++) start[k][d] = theta[d] + spread[d] * rng.nextGaussian();
        return start;
    }

    static QuickStart of(StandardData data) {
        int n = data.n();
        int p = data.p();
        int k = p + 1;
        double[] b = new double[k];
        double tau2 = 0.5;
        RealMatrix normal = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] v = variances(data, b, Math.max(tau2, MIN_TAU2));
            normal = new Array2DRowRealMatrix(k, k);
            double[] rhs = new double[k];
            double[] row = new double[k];
            for (int i = 0; i < n; i++) {
                design(data, i, row);
                double w = 1 / v[i];
                for (int a = 0; a < k; a++) {
                    rhs[a] += w * row[a] * data.u()[i];
                    for (int c = a; c < k; c++) normal.addToEntry(a, c, w * row[a] * row[c]);
                }
            }
            // mirrored, not summed twice: the two triangles summed separately differ in rounding, and
            // Commons Math's Cholesky refuses a matrix that is not exactly symmetric
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < a; c++) normal.setEntry(a, c, normal.getEntry(c, a));
            }
            double[] next = solver(normal).solve(new ArrayRealVector(rhs)).toArray();
            double nextTau2 = pauleMandel(data, next, n - k);
            double change = Math.abs(nextTau2 - tau2);
            for (int a = 0; a < k; a++) change = Math.max(change, Math.abs(next[a] - b[a]));
            b = next;
            tau2 = nextTau2;
            if (change < 1e-10) break;
        }
        RealMatrix covariance = solver(normal).getInverse();
        double[] theta = new double[k + 1];
        double[] spread = new double[k + 1];
        for (int a = 0; a < k; a++) {
            theta[a] = b[a];
            spread[a] = Math.sqrt(covariance.getEntry(a, a));
        }
        theta[k] = Math.log(Math.max(Math.sqrt(tau2), MIN_START_SCATTER));
        spread[k] = LN_SCATTER_SPREAD;
        return new QuickStart(theta, spread);
    }

    private static DecompositionSolver solver(RealMatrix normal) {
        try {
            return new CholeskyDecomposition(normal).getSolver();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the features are (nearly) collinear: one is a linear combination of the others", e);
        }
    }

    /** {@code τ²} solving {@code Σ r_i²/(a_i + τ²) = dof}, or 0 if the errors alone give less. */
    private static double pauleMandel(StandardData data, double[] b, int dof) {
        double[] a = variances(data, b, 0);
        double[] r2 = new double[data.n()];
        double[] row = new double[b.length];
        double sum = 0;
        for (int i = 0; i < r2.length; i++) {
            design(data, i, row);
            double r = data.u()[i];
            for (int c = 0; c < b.length; c++) r -= b[c] * row[c];
            r2[i] = r * r;
            sum += r2[i];
        }
        UnivariateFunction excess = t -> {
            double s = -dof;
            for (int i = 0; i < r2.length; i++) s += r2[i] / (a[i] + t);
            return s;
        };
        if (!(excess.value(MIN_TAU2) > 0)) return 0;
        double upper = sum / dof; // there Σ r²/(a + τ²) ≤ Σ r²/τ² = dof
        return new BrentSolver(1e-12).solve(1000, excess, MIN_TAU2, upper);
    }

    /** The likelihood's per-star variances at coefficients {@code b} and scatter {@code tau2}. */
    private static double[] variances(StandardData data, double[] b, double tau2) {
        int p = data.p();
        double[] v = new double[data.n()];
        for (int i = 0; i < v.length; i++) {
            double s = tau2 + data.uVar()[i];
            for (int j = 0; j < p; j++) s += b[j + 1] * b[j + 1] * data.zVar()[i * p + j];
            v[i] = s;
        }
        return v;
    }

    /** Row {@code i} of the design matrix, {@code (1, z_i1..z_ip)}. */
    private static void design(StandardData data, int i, double[] row) {
        row[0] = 1;
        System.arraycopy(data.z(), i * data.p(), row, 1, data.p());
    }
}
