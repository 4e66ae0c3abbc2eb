package org.lyrae.ml.select;

/**
 * How strongly one feature relates to the target on its own.
 *
 * @param feature the feature's name
 * @param score   the scorer's statistic (F, or mutual information in nats); higher is more related
 * @param pValue  probability of a score at least as high without any relation, or null when the
 *                scorer has no null distribution (mutual information)
 */
public record FeatureScore(String feature, double score, Double pValue) {
}
