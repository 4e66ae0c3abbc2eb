package org.lyrae.ml.bayes;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * One parameter's marginal posterior: the median and the 16th and 84th percentiles (a central 68%
 * interval, ±1σ for a Gaussian, robust for skewed ones such as the scatter), with mean and standard
 * deviation for convenience.
 */
public record ParameterSummary(String name, double median, double p16, double p84, double mean, double sd) {

    static ParameterSummary of(String name, double[] values) {
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        q.setData(values);
        double mean = 0;
        for (double v : values) mean += v;
        mean /= values.length;
        return new ParameterSummary(name, q.evaluate(50), q.evaluate(16), q.evaluate(84), mean,
                new StandardDeviation().evaluate(values, mean));
    }
}
