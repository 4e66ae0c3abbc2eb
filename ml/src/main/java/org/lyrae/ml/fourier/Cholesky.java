package org.lyrae.ml.fourier;

/**
 * Dense Cholesky factorisation of small symmetric positive-definite matrices stored row-major in flat
 * arrays (only the lower triangle is read). Written here rather than borrowed: the matrices have at most
 * ~23 rows, and the nested-order trick needs direct access to the leading blocks of one factor.
 */
final class Cholesky {

    private Cholesky() {
    }

    /**
     * Replaces the lower triangle of the n×n matrix {@code a} by its Cholesky factor L, column by column.
     * Stops at the first column whose remaining pivot is not above {@code relTol} times its diagonal entry
     * (that column is numerically a combination of the previous ones).
     *
     * @return the number of leading columns factored; L's leading k×k block is then the factor of the
     *         matrix's leading k×k block, for every k up to that number
     */
    static int factor(double[] a, int n, double relTol) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double diagonal = a[rj + j];
            double d = diagonal;
            for (int k = 0; k < j; k++) {
                d -= a[rj + k] * a[rj + k];
            }
            if (!(d > relTol * diagonal) || !(diagonal > 0)) {
                return j;
            }
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            double inv = 1.0 / ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= a[ri + k] * a[rj + k];
                }
                a[ri + j] = s * inv;
            }
        }
        return n;
    }

    /**
     * bᵀA⁻¹b for a symmetric positive-definite n×n A (lower triangle read, overwritten by its LDLᵀ factor), or
     * NaN when a pivot falls below {@code relTol} times its diagonal. Square-root free and with the forward
     * substitution fused in, so that only one division per column sits on the dependency chain: this runs once
     * per periodogram frequency.
     */
    static double inverseQuadraticForm(double[] a, int n, double[] b, double[] z, double relTol) {
        double result = 0;
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j];
            double zj = b[j];
            for (int k = 0; k < j; k++) {
                double ljk = a[rj + k];
                d -= ljk * ljk * a[k * n + k];
                zj -= ljk * z[k];
            }
            if (!(d > relTol * a[rj + j])) {
                return Double.NaN;
            }
            double r = 1.0 / d;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= a[ri + k] * a[rj + k] * a[k * n + k];
                }
                a[ri + j] = s * r;
            }
            a[rj + j] = d;
            z[j] = zj;
            result += zj * zj * r;
        }
        return result;
    }

    /** Solves L z = b for the leading m×m block of the factor (stride n). */
    static void forward(double[] l, int n, int m, double[] b, double[] z) {
        for (int i = 0; i < m; i++) {
            int ri = i * n;
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[ri + k] * z[k];
            }
            z[i] = s / l[ri + i];
        }
    }

    /** Solves Lᵀ x = z for the leading m×m block of the factor (stride n). */
    static void backward(double[] l, int n, int m, double[] z, double[] x) {
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
    }

    /** (L Lᵀ)⁻¹ of the leading m×m block of the factor (stride n), as a full m×m row-major matrix. */
    static double[] inverse(double[] l, int n, int m) {
        double[] inv = new double[m * m]; // L⁻¹, lower triangle, built row by row
        for (int i = 0; i < m; i++) {
            double d = 1.0 / l[i * n + i];
            inv[i * m + i] = d;
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i * n + k] * inv[k * m + j];
                }
                inv[i * m + j] = s * d;
            }
        }
        // (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹ = Σ_k (row k of L⁻¹)ᵀ (row k of L⁻¹): rank-one updates along contiguous rows.
        double[] c = new double[m * m];
        for (int k = 0; k < m; k++) {
            int rk = k * m;
            for (int i = 0; i <= k; i++) {
                double v = inv[rk + i];
                int ri = i * m;
                for (int j = 0; j <= i; j++) {
                    c[ri + j] += v * inv[rk + j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                c[j * m + i] = c[i * m + j];
            }
        }
        return c;
    }

    /**
     * Solves A x = b for a symmetric positive-definite A whose variables may differ in scale by many orders
     * of magnitude (a frequency next to Fourier coefficients): A is equilibrated to unit diagonal first.
     *
     * @param inverseOut if not null, receives A⁻¹ (row-major n×n)
     * @return x, or null when A is not numerically positive definite
     */
    static double[] solveEquilibrated(double[] a, int n, double[] b, double[] inverseOut) {
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double d = a[i * n + i];
            if (!(d > 0)) {
                return null;
            }
            scale[i] = 1.0 / Math.sqrt(d);
        }
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l[i * n + j] = a[i * n + j] * scale[i] * scale[j];
            }
        }
        if (factor(l, n, 1e-14) < n) {
            return null;
        }
        double[] sb = new double[n];
        for (int i = 0; i < n; i++) {
            sb[i] = b[i] * scale[i];
        }
        double[] z = new double[n];
        double[] x = new double[n];
        forward(l, n, n, sb, z);
        backward(l, n, n, z, x);
        for (int i = 0; i < n; i++) {
            x[i] *= scale[i];
        }
        if (inverseOut != null) {
            double[] c = inverse(l, n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inverseOut[i * n + j] = c[i * n + j] * scale[i] * scale[j];
                }
            }
        }
        return x;
    }
}
