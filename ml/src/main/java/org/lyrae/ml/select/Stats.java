package org.lyrae.ml.select;

import java.util.Arrays;

/** The few summary statistics the package needs, in one place. */
final class Stats {
    private Stats() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** Weighted mean; equal weights when {@code w} is null. */
    static double mean(double[] v, double[] w) {
        if (w == null) {
            return mean(v);
        }
        double s = 0;
        double sw = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
            sw += w[i];
        }
        return s / sw;
    }

    /** Sample standard deviation (n - 1 in the denominator). */
    static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /** Percentile {@code p} in [0, 100], linear between order statistics (numpy's default). */
    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = p / 100 * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
