package org.lyrae.ml.bayes;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The affine-invariant ensemble sampler of Goodman &amp; Weare (2010) with the stretch move, in the
 * two-halves form used by emcee (Foreman-Mackey et al. 2013): each half of the walkers moves in
 * turn, each walker {@code X_k} towards or away from a walker {@code X_j} drawn from the other half,
 * {@code Y = X_j + z (X_k − X_j)} with {@code g(z) ∝ 1/√z} on {@code [1/a, a]}, accepted with
 * probability {@code min(1, z^{dim−1} p(Y)/p(X_k))}. Because the move is invariant under affine
 * maps, strongly correlated or badly scaled posteriors cost no tuning.
 */
final class EnsembleSampler {
    private final LogDensity density;
    private final int dim;
    private final double a;

    EnsembleSampler(LogDensity density, int dim, double stretchScale) {
        this.density = density;
        this.dim = dim;
        this.a = stretchScale;
    }

    /**
     * Runs one ensemble.
     *
     * @param start  initial positions, {@code start[walker][param]}; an even number of walkers, each of finite density
     * @param burnIn steps run and discarded
     * @param steps  steps run after burn-in
     * @param thin   keep every {@code thin}-th of those
     * @param rng    this ensemble's random numbers
     * @param onStep called after every step, burn-in included
     */
    EnsembleChain run(double[][] start, int burnIn, int steps, int thin, RandomGenerator rng, Runnable onStep) {
        int walkers = start.length;
        if (walkers < 2 || walkers % 2 != 0) throw new IllegalArgumentException("need an even number of walkers, got " + walkers);
        double[][] pos = new double[walkers][];
        double[] logP = new double[walkers];
        for (int k = 0; k < walkers; k++) {
            pos[k] = start[k].clone();
            logP[k] = density.at(pos[k]);
            if (!Double.isFinite(logP[k])) throw new IllegalStateException("walker " + k + " starts where the posterior is zero");
        }
        int stored = (steps + thin - 1) / thin;
        double[] samples = new double[stored * walkers * dim];
        double[] proposal = new double[dim];
        int half = walkers / 2;
        long accepted = 0;
        int kept = 0;
        for (int step = 0; step < burnIn + steps; step++) {
            boolean production = step >= burnIn;
            for (int h = 0; h < 2; h++) {
                int first = h * half;
                int other = (1 - h) * half;
                for (int k = first; k < first + half; k++) {
                    double[] xk = pos[k];
                    double[] xj = pos[other + rng.nextInt(half)];
                    double w = (a - 1) * rng.nextDouble() + 1;
                    double z = w * w / a;
                    for (int d = 0; d < dim; d++) proposal[d] = xj[d] + z * (xk[d] - xj[d]);
                    double logQ = density.at(proposal);
                    double logAccept = (dim - 1) * Math.log(z) + logQ - logP[k];
                    if (Math.log(rng.nextDouble()) < logAccept) {
                        System.arraycopy(proposal, 0, xk, 0, dim);
                        logP[k] = logQ;
                        if (production) accepted++;
                    }
                }
            }
            if (production && (step - burnIn) % thin == 0) {
                for (int k = 0; k < walkers; k++) System.arraycopy(pos[k], 0, samples, (kept * walkers + k) * dim, dim);
                kept++;
            }
            onStep.run();
        }
        return new EnsembleChain(samples, stored, walkers, dim, (double) accepted / ((long) steps * walkers));
    }
}
