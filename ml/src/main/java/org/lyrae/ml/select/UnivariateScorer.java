package org.lyrae.ml.select;

/** Scores one feature against the target, ignoring the other features. */
public interface UnivariateScorer {

    /** The statistic's name for reports ({@code "f_regression"}, {@code "mutual_info"}). */
    String name();

    FeatureScore score(String feature, double[] x, double[] y);
}
