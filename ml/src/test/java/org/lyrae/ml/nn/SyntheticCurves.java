package org.lyrae.ml.nn;

/** The tests' curve shapes ({@link SyntheticShapes} of moderate amplitude) and small helpers. */
final class SyntheticCurves {
    private SyntheticCurves() {
    }

    static CurveData sample(int n, long seed) {
        return SyntheticShapes.sample(n, seed, 0.25, 0.40);
    }

    /** Pearson correlation. */
    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static NetworkSettings small(String architecture) {
        return NetworkSettings.defaults(architecture).withSize(16, 1).withEpochs(40, 40).withFolds(2);
    }
}
