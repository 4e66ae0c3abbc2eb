package org.lyrae.ml.nn;

/**
 * Weights that undo the crowding of the labels: 1/(number of labels within ±0.1 dex), normalised
 * to mean 1 and capped at 10× the median weight, so that a network does not learn to answer the
 * crowded middle of the [Fe/H] distribution for every star.
 */
public final class DensityWeights {
    static final double HALF_WIDTH = 0.1;
    static final double CAP = 10;

    private DensityWeights() {
    }

    public static double[] of(double[] feh) {
        int n = feh.length;
        double[] sorted = feh.clone();
        java.util.Arrays.sort(sorted);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(sorted, feh[i] - HALF_WIDTH);
            int hi = lowerBound(sorted, Math.nextUp(feh[i] + HALF_WIDTH));
            w[i] = 1.0 / Math.max(1, hi - lo);
        }
        double[] ws = w.clone();
        java.util.Arrays.sort(ws);
        double cap = CAP * ws[n / 2];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.min(w[i], cap);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) w[i] *= n / sum;
        return w;
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
