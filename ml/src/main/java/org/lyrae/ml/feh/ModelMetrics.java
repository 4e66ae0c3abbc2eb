package org.lyrae.ml.feh;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.lyrae.ml.select.Metrics;

/**
 * Cross-validated metrics of one model: the mean over repeats and the 2.5–97.5 % range over
 * repeats (how much the figures move with the choice of folds).
 */
public record ModelMetrics(Metrics mean, Metrics low, Metrics high) {

    public static ModelMetrics of(List<Metrics> perRepeat) {
        return new ModelMetrics(summarise(perRepeat, 50, true), summarise(perRepeat, 2.5, false), summarise(perRepeat, 97.5, false));
    }

    private static Metrics summarise(List<Metrics> m, double percentile, boolean mean) {
        return new Metrics(pick(m, Metrics::rmse, percentile, mean), pick(m, Metrics::mae, percentile, mean),
                pick(m, Metrics::bias, percentile, mean), pick(m, Metrics::r2, percentile, mean),
                pick(m, Metrics::inside1Sigma, percentile, mean));
    }

    private static double pick(List<Metrics> m, ToDoubleFunction<Metrics> f, double percentile, boolean mean) {
        double[] v = m.stream().mapToDouble(f).toArray();
        if (mean) return Arrays.stream(v).average().orElse(Double.NaN);
        Arrays.sort(v);
        double pos = percentile / 100 * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
