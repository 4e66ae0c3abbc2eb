package org.lyrae.ml.select;

import java.util.List;

/**
 * Cross-validated metrics in brief: their mean over repeats, their 2.5 and 97.5 percentiles over
 * repeats (how much the score moves with the choice of splits), and the standard error of the
 * RMSE used by the one-standard-error rule.
 *
 * <p>{@code rmseStdErr} is the standard deviation of the RMSE of single folds (all {@code k x
 * repeats} of them) divided by {@code sqrt(k)}: repeats reuse the same stars, so they are not
 * counted as independent samples, which keeps the error honest rather than shrinking it with
 * more repeats.
 */
public record CvSummary(Metrics mean, Metrics low, Metrics high, double rmseStdErr) {

    static CvSummary of(List<Metrics> perRepeat, double[] foldRmse, int k) {
        return new CvSummary(
            Metrics.summarise(perRepeat, Stats::mean),
            Metrics.summarise(perRepeat, v -> Stats.percentile(v, 2.5)),
            Metrics.summarise(perRepeat, v -> Stats.percentile(v, 97.5)),
            Stats.sd(foldRmse) / Math.sqrt(k));
    }
}
