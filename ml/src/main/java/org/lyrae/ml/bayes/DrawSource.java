package org.lyrae.ml.bayes;

/**
 * Posterior draws in original units, {@code (c0, c1..cp, σ_int)}, by index: what moments, summaries
 * and thinning read, whether the draws are the whole chain or a saved subset.
 */
interface DrawSource {

    int size();

    /** Parameters per draw: {@code p + 2}. */
    int dim();

    void draw(int index, double[] out);
}
