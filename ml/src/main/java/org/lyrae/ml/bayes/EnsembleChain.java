package org.lyrae.ml.bayes;

import java.util.function.BiConsumer;

/**
 * The kept positions of one ensemble: {@code steps} stored steps of {@code walkers} walkers in
 * {@code dim} dimensions, step-major in one flat array (a draw's parameters are adjacent), and the
 * fraction of proposals accepted after burn-in.
 */
final class EnsembleChain {
    private final double[] samples;
    private final int steps;
    private final int walkers;
    private final int dim;
    private final double acceptance;

    EnsembleChain(double[] samples, int steps, int walkers, int dim, double acceptance) {
        if (samples.length != (long) steps * walkers * dim)
            throw new IllegalArgumentException("samples hold " + samples.length + " values, not " + steps + "×" + walkers + "×" + dim);
        this.samples = samples;
        this.steps = steps;
        this.walkers = walkers;
        this.dim = dim;
        this.acceptance = acceptance;
    }

    int steps() { return steps; }

    int walkers() { return walkers; }

    int dim() { return dim; }

    double acceptance() { return acceptance; }

    /** Number of draws: every walker at every stored step. */
    int draws() { return steps * walkers; }

    double value(int draw, int param) {
        return samples[draw * dim + param];
    }

    /** Copies draw {@code draw} (= step·walkers + walker) into {@code out}. */
    void draw(int draw, double[] out) {
        System.arraycopy(samples, draw * dim, out, 0, dim);
    }

    /** One walker's history of one parameter, for autocorrelation times. */
    double[] walkerSeries(int walker, int param) {
        double[] s = new double[steps];
        for (int t = 0; t < steps; t++) s[t] = samples[(t * walkers + walker) * dim + param];
        return s;
    }

    /** All draws of one parameter in time order (all walkers at step 0, then step 1, …), for split-R-hat. */
    double[] timeOrdered(int param) {
        double[] s = new double[draws()];
        for (int d = 0; d < s.length; d++) s[d] = samples[d * dim + param];
        return s;
    }

    /** The same chain with every draw passed through {@code transform(in, out)} into {@code newDim} dimensions. */
    EnsembleChain map(int newDim, BiConsumer<double[], double[]> transform) {
        double[] out = new double[draws() * newDim];
        double[] in = new double[dim];
        double[] mapped = new double[newDim];
        for (int d = 0; d < draws(); d++) {
            draw(d, in);
            transform.accept(in, mapped);
            System.arraycopy(mapped, 0, out, d * newDim, newDim);
        }
        return new EnsembleChain(out, steps, walkers, newDim, acceptance);
    }
}
