package org.lyrae.ml.bayes;

import org.apache.commons.math3.random.Well19937c;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Bayesian linear regression with measurement errors in features and target and a free intrinsic
 * scatter, e.g. a photometric metallicity relation {@code [Fe/H] = c0 + Σ c_j x_j}:
 * <pre>{@code
 * BayesianLinearFit fit = BayesianLinearModel.fit(x, xErr, feh, fehErr, FitSettings.defaults(), (done, total) -> bar.step(1));
 * if (!fit.convergence().converged()) log.warn(fit.convergence().message());
 * Prediction p = fit.predict(catalogueX, catalogueXErr);   // p.mean()[i] ± p.sigma()[i]
 * }</pre>
 * The model, its approximation and priors are described in the package documentation.
 */
public final class BayesianLinearModel {
    private BayesianLinearModel() {}

    /**
     * Samples the posterior and summarises it.
     *
     * @param x        {@code x[star][feature]}, finite
     * @param xErr     their 1σ errors, same shape, finite and ≥ 0 (0: exact)
     * @param y        targets, one per star, finite
     * @param yErr     their 1σ errors, finite and ≥ 0
     * @param settings sampler settings, e.g. {@link FitSettings#defaults()}
     * @param progress told of every ensemble step; {@link ProgressListener#NONE} for silence
     * @throws IllegalArgumentException on mismatched lengths, non-finite values, negative errors, a
     *                                  constant or collinear feature, or too few stars
     */
    public static BayesianLinearFit fit(double[][] x, double[][] xErr, double[] y, double[] yErr, FitSettings settings,
                                        ProgressListener progress) {
        int p = InputChecks.checkFit(x, xErr, y, yErr);
        if (settings == null) throw new IllegalArgumentException("settings is null");
        Scaling scaling = Scaling.of(x, y);
        StandardData data = scaling.standardise(x, xErr, y, yErr);
        LogPosterior posterior = new LogPosterior(data, settings.priors());
        int dim = posterior.dim();
        int walkers = settings.walkersFor(dim);
        QuickStart start = QuickStart.of(data);
        EnsembleSampler sampler = new EnsembleSampler(posterior, dim, settings.stretchScale());
        Runnable tick = new SerialProgress(progress == null ? ProgressListener.NONE : progress,
                (long) settings.ensembles() * (settings.burnIn() + settings.steps()));

        EnsembleChain[] chains = IntStream.range(0, settings.ensembles()).parallel()
                .mapToObj(e -> {
                    Well19937c rng = new Well19937c(new int[] {(int) settings.seed(), (int) (settings.seed() >>> 32), e});
                    return sampler.run(start.ball(walkers, rng), settings.burnIn(), settings.steps(), settings.thin(), rng, tick)
                            .map(dim, scaling::toOriginal);
                })
                .toArray(EnsembleChain[]::new);

        List<String> names = Posterior.names(p);
        Posterior pooled = new Posterior(chains);
        return new BayesianLinearFit(
                PosteriorSummary.of(pooled, names, y.length),
                ChainDiagnostics.assess(chains, names, settings.criteria()),
                PredictiveMoments.of(pooled),
                PosteriorDraws.thinned(pooled, names, settings.savedDraws()));
    }
}
