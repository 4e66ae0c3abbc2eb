package org.lyrae.ml.bayes;

/**
 * How to sample the posterior. The defaults suit a few hundred stars and a few features: four
 * independent ensembles (so that split-R-hat compares runs that never talked to each other) of
 * {@code max(32, 4·dim)} walkers, 1000 burn-in steps and 4000 kept steps each. The seed fixes the
 * result: the same inputs and settings give the same fit whatever the number of threads.
 *
 * @param walkers      walkers per ensemble; 0 chooses {@code max(32, 4·dim)}; otherwise even and at least {@code 2·dim}
 * @param ensembles    independent ensembles, run in parallel; at least 1 (split-R-hat then compares halves)
 * @param burnIn       steps discarded at the start of every ensemble
 * @param steps        steps kept after burn-in
 * @param thin         keep every {@code thin}-th step (1 keeps all; diagnostics are computed on what is kept)
 * @param savedDraws   how many posterior draws {@link BayesianLinearFit#draws()} keeps for saving
 * @param seed         seed of the random numbers; ensemble {@code e} uses a stream derived from it and {@code e}
 * @param stretchScale the stretch move's {@code a} (Goodman &amp; Weare 2010); 2 is the usual choice
 * @param priors       the priors
 * @param criteria     when the run counts as converged
 */
public record FitSettings(int walkers, int ensembles, int burnIn, int steps, int thin, int savedDraws, long seed,
                          double stretchScale, Priors priors, ConvergenceCriteria criteria) {

    public FitSettings {
        if (walkers < 0 || walkers % 2 != 0)
            throw new IllegalArgumentException("walkers must be 0 (automatic) or a positive even number, got " + walkers);
        if (ensembles < 1) throw new IllegalArgumentException("ensembles must be at least 1, got " + ensembles);
        if (burnIn < 0) throw new IllegalArgumentException("burnIn must not be negative, got " + burnIn);
        if (thin < 1) throw new IllegalArgumentException("thin must be at least 1, got " + thin);
        if (steps < 4 * thin)
            throw new IllegalArgumentException("steps must keep at least 4 steps after thinning, got steps=" + steps + ", thin=" + thin);
        if (savedDraws < 1) throw new IllegalArgumentException("savedDraws must be at least 1, got " + savedDraws);
        if (!(stretchScale > 1)) throw new IllegalArgumentException("stretchScale must exceed 1, got " + stretchScale);
        if (priors == null || criteria == null) throw new IllegalArgumentException("priors and criteria are required");
    }

    public static FitSettings defaults() {
        return new FitSettings(0, 4, 1000, 4000, 1, 1000, 20261125L, 2.0, Priors.defaults(), ConvergenceCriteria.defaults());
    }

    public FitSettings withSeed(long seed) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    /** Burn-in and kept steps per ensemble. */
    public FitSettings withSteps(int burnIn, int steps) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withEnsembles(int ensembles) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withWalkers(int walkers) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withThin(int thin) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withSavedDraws(int savedDraws) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withPriors(Priors priors) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    public FitSettings withCriteria(ConvergenceCriteria criteria) {
        return new FitSettings(walkers, ensembles, burnIn, steps, thin, savedDraws, seed, stretchScale, priors, criteria);
    }

    /** Walkers per ensemble for a posterior of {@code dim} parameters. */
    int walkersFor(int dim) {
        if (walkers == 0) {
            int w = Math.max(32, 4 * dim);
            return w + (w % 2);
        }
        if (walkers < 2 * dim)
            throw new IllegalArgumentException("walkers must be at least 2·dim = " + 2 * dim + " for " + dim
                    + " parameters, got " + walkers);
        return walkers;
    }
}
