package org.lyrae.ml.feh;

import java.util.List;

/**
 * The range of each feature in the calibration sample, widened by a tenth of its width: a star
 * outside it would be extrapolated, which the estimators flag ({@code OUT_OF_RANGE}) instead of
 * returning silently; a missing feature is flagged {@code MISSING_FEATURE}.
 */
public record FeatureRanges(List<String> names, double[] min, double[] max) {
    private static final double MARGIN = 0.1;

    public static FeatureRanges of(double[][] rows, List<String> names) {
        int p = names.size();
        double[] lo = new double[p];
        double[] hi = new double[p];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                lo[j] = Math.min(lo[j], r[j]);
                hi[j] = Math.max(hi[j], r[j]);
            }
        }
        for (int j = 0; j < p; j++) {
            double w = hi[j] - lo[j];
            lo[j] -= MARGIN * w;
            hi[j] += MARGIN * w;
        }
        return new FeatureRanges(names, lo, hi);
    }

    /** The flag of one row of features (in {@link #names()} order), or null when it is fine. */
    public String flag(double[] row) {
        String flag = null;
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) return "MISSING_FEATURE:" + names.get(j);
            if (row[j] < min[j] || row[j] > max[j]) flag = "OUT_OF_RANGE:" + names.get(j);
        }
        return flag;
    }
}
