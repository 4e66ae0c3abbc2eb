package org.lyrae.ml.feh;

/**
 * Rows that carry their own errors: {@code [x_1..x_p, σx_1..σx_p, σy]}. Cross-validation and the
 * feature selectors slice rows without knowing what the columns mean; packing the errors into the
 * row keeps each star's errors with it, so the Bayesian fit of every fold still sees them.
 */
final class ErrorCarryingRows {
    private ErrorCarryingRows() {
    }

    static double[][] pack(double[][] x, double[][] xErr, double[] yErr) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[][] out = new double[x.length][2 * p + 1];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out[i], 0, p);
            System.arraycopy(xErr[i], 0, out[i], p, p);
            out[i][2 * p] = yErr == null ? 0 : yErr[i];
        }
        return out;
    }

    /** Column names of packed rows: the features, then {@code sigma_<feature>}, then {@code sigma_feh}. */
    static java.util.List<String> names(java.util.List<String> features) {
        java.util.List<String> out = new java.util.ArrayList<>(features);
        for (String f : features) out.add("sigma_" + f);
        out.add("sigma_feh");
        return out;
    }

    static int features(double[][] packed) {
        return packed.length == 0 ? 0 : (packed[0].length - 1) / 2;
    }

    static double[][] values(double[][] packed) {
        return slice(packed, 0);
    }

    static double[][] errors(double[][] packed) {
        return slice(packed, features(packed));
    }

    static double[] targetErrors(double[][] packed) {
        double[] out = new double[packed.length];
        for (int i = 0; i < packed.length; i++) out[i] = packed[i][packed[i].length - 1];
        return out;
    }

    private static double[][] slice(double[][] packed, int from) {
        int p = features(packed);
        double[][] out = new double[packed.length][p];
        for (int i = 0; i < packed.length; i++) System.arraycopy(packed[i], from, out[i], 0, p);
        return out;
    }
}
