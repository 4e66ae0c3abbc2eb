package org.lyrae.ml.fourier;

/**
 * The Fourier design row [1, sin x, cos x, sin 2x, cos 2x, …] ordered by harmonic, so that the normal
 * matrix of order k is the leading (2k+1) block of the one for any higher order. Higher harmonics come from
 * the angle-addition recurrence, one {@code sin}/{@code cos} pair per point instead of one per harmonic.
 */
final class HarmonicBasis {

    private HarmonicBasis() {
    }

    static int parameters(int order) {
        return 2 * order + 1;
    }

    /** Writes the 2·order+1 basis values at phase angle {@code x} into {@code row[offset…]}. */
    static void fill(double x, int order, double[] row, int offset) {
        double s1 = Math.sin(x);
        double c1 = Math.cos(x);
        row[offset] = 1.0;
        double s = s1;
        double c = c1;
        for (int k = 1; k <= order; k++) {
            row[offset + 2 * k - 1] = s;
            row[offset + 2 * k] = c;
            double sNext = s * c1 + c * s1;
            c = c * c1 - s * s1;
            s = sNext;
        }
    }

    /** Model value Σ a_k sin kx + b_k cos kx + A0 for coefficients ordered like {@link #fill}. */
    static double value(double x, double[] coef, int order) {
        double s1 = Math.sin(x);
        double c1 = Math.cos(x);
        double sum = coef[0];
        double s = s1;
        double c = c1;
        for (int k = 1; k <= order; k++) {
            sum += coef[2 * k - 1] * s + coef[2 * k] * c;
            double sNext = s * c1 + c * s1;
            c = c * c1 - s * s1;
            s = sNext;
        }
        return sum;
    }

    /**
     * First and second derivatives of the model with respect to x, written to {@code out[0]}, {@code out[1]}.
     */
    static void derivatives(double x, double[] coef, int order, double[] out) {
        double s1 = Math.sin(x);
        double c1 = Math.cos(x);
        double d1 = 0;
        double d2 = 0;
        double s = s1;
        double c = c1;
        for (int k = 1; k <= order; k++) {
            double a = coef[2 * k - 1];
            double b = coef[2 * k];
            d1 += k * (a * c - b * s);
            d2 -= k * k * (a * s + b * c);
            double sNext = s * c1 + c * s1;
            c = c * c1 - s * s1;
            s = sNext;
        }
        out[0] = d1;
        out[1] = d2;
    }
}
