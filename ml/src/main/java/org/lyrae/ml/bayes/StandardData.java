package org.lyrae.ml.bayes;

/**
 * The fit's data on the standardised scale, laid out for the likelihood's inner loop: star-major
 * flat arrays, errors already squared.
 *
 * @param n    stars
 * @param p    features
 * @param z    standardised features, {@code z[i·p + j]}
 * @param zVar squared standardised feature errors, same layout
 * @param u    standardised targets
 * @param uVar squared standardised target errors
 */
record StandardData(int n, int p, double[] z, double[] zVar, double[] u, double[] uVar) {
}
