package org.lyrae.ml.select;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How well predictions match the truth. All are unweighted, so that they read as the scatter in
 * dex that papers quote, whatever weights the fit used.
 *
 * @param rmse          root mean square of prediction - truth
 * @param mae           mean absolute error
 * @param bias          mean of prediction - truth
 * @param r2            1 - SS_res / SS_tot, SS_tot about the mean of the truth (0 for a constant
 *                      predictor at that mean, negative when worse)
 * @param inside1Sigma  fraction of rows with |prediction - truth| &lt;= sigma (0.68 when the sigmas
 *                      are right for Gaussian errors), or NaN when the model gives no sigma
 */
public record Metrics(double rmse, double mae, double bias, double r2, double inside1Sigma) {

    /** Metrics of a prediction against the truth. */
    public static Metrics of(double[] truth, Prediction p) {
        double[] pred = p.value();
        if (pred.length != truth.length) {
            throw new IllegalArgumentException(pred.length + " predictions for " + truth.length + " targets");
        }
        int n = truth.length;
        double mean = Stats.mean(truth);
        double ss = 0;
        double sa = 0;
        double sb = 0;
        double tot = 0;
        int inside = 0;
        for (int i = 0; i < n; i++) {
            double e = pred[i] - truth[i];
            ss += e * e;
            sa += Math.abs(e);
            sb += e;
            tot += (truth[i] - mean) * (truth[i] - mean);
            if (p.hasSigma() && Math.abs(e) <= p.sigma()[i]) {
                inside++;
            }
        }
        return new Metrics(Math.sqrt(ss / n), sa / n, sb / n, 1 - ss / tot,
            p.hasSigma() ? (double) inside / n : Double.NaN);
    }

    /** One statistic (mean, a percentile, ...) of each metric over a list of metrics. */
    static Metrics summarise(List<Metrics> list, ToDoubleFunction<double[]> statistic) {
        return new Metrics(
            statistic.applyAsDouble(list.stream().mapToDouble(Metrics::rmse).toArray()),
            statistic.applyAsDouble(list.stream().mapToDouble(Metrics::mae).toArray()),
            statistic.applyAsDouble(list.stream().mapToDouble(Metrics::bias).toArray()),
            statistic.applyAsDouble(list.stream().mapToDouble(Metrics::r2).toArray()),
            statistic.applyAsDouble(list.stream().mapToDouble(Metrics::inside1Sigma).toArray()));
    }
}
