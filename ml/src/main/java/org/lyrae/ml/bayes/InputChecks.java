package org.lyrae.ml.bayes;

/**
 * Argument checks shared by fitting and prediction, so that a bad catalogue fails at the door with
 * a message naming the array, the star and the feature, instead of as a NaN posterior later.
 */
final class InputChecks {
    private InputChecks() {}

    /**
     * Checks the fit's inputs: equal numbers of stars, the same number of features for every star,
     * finite values, finite non-negative errors, and more stars than parameters.
     *
     * @return the number of features
     */
    static int checkFit(double[][] x, double[][] xErr, double[] y, double[] yErr) {
        requireNonNull(x, "x");
        requireNonNull(xErr, "xErr");
        requireNonNull(y, "y");
        requireNonNull(yErr, "yErr");
        int n = y.length;
        if (x.length != n || xErr.length != n || yErr.length != n)
            throw new IllegalArgumentException("inputs must have one entry per star, but x has " + x.length + " rows, xErr "
                    + xErr.length + ", y " + n + " and yErr " + yErr.length);
        if (n == 0) throw new IllegalArgumentException("no stars to fit");
        if (x[0] == null) throw new IllegalArgumentException("x[0] is null");
        int p = x[0].length;
        if (p == 0) throw new IllegalArgumentException("stars have no features: x[0] is empty");
        checkRows(x, xErr, p, true);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) throw new IllegalArgumentException("y[" + i + "] is " + y[i] + ": every target must be finite");
            checkError(yErr[i], "yErr", i, -1);
        }
        if (n < p + 3)
            throw new IllegalArgumentException("need at least " + (p + 3) + " stars to fit " + p + " features, an intercept and the scatter, got " + n);
        return p;
    }

    /**
     * Checks prediction inputs against a model of {@code p} features. Non-finite features are
     * allowed (that star's prediction is NaN); shapes and negative errors are not.
     */
    static void checkPredict(double[][] x, double[][] xErr, int p) {
        requireNonNull(x, "x");
        requireNonNull(xErr, "xErr");
        if (x.length != xErr.length)
            throw new IllegalArgumentException("x and xErr must have one row per star, but x has " + x.length + " rows and xErr " + xErr.length);
        checkRows(x, xErr, p, false);
    }

    private static void checkRows(double[][] x, double[][] xErr, int p, boolean finite) {
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double[] err = xErr[i];
            if (row == null || err == null) throw new IllegalArgumentException((row == null ? "x[" : "xErr[") + i + "] is null");
            if (row.length != p || err.length != p)
                throw new IllegalArgumentException("star " + i + " has " + row.length + " features and " + err.length
                        + " feature errors; the model has " + p + " features");
            for (int j = 0; j < p; j++) {
                if (finite && !Double.isFinite(row[j]))
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] is " + row[j] + ": every feature of every star must be finite");
                if (finite || !Double.isNaN(err[j])) checkError(err[j], "xErr", i, j);
            }
        }
    }

    /** Checks error {@code array[i][j]} ({@code array[i]} for {@code j < 0}); the message is built only on failure. */
    private static void checkError(double e, String array, int i, int j) {
        if (!(e >= 0) || !Double.isFinite(e))
            throw new IllegalArgumentException(array + "[" + i + "]" + (j < 0 ? "" : "[" + j + "]") + " is " + e
                    + ": errors must be finite and not negative (0 means exact)");
    }

    private static void requireNonNull(Object o, String name) {
        if (o == null) throw new IllegalArgumentException(name + " is null");
    }
}
