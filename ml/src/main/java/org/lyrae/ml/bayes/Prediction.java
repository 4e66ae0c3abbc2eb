package org.lyrae.ml.bayes;

/**
 * Posterior predictive mean and standard deviation of the true target of each star, in the order
 * the stars were given; NaN for a star with a non-finite feature.
 */
public record Prediction(double[] mean, double[] sigma) {
}
