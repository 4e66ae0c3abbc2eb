package org.lyrae.ml.bayes;

/**
 * The result of {@link BayesianLinearModel#fit}: everything in original units, and all of it plain
 * data that Jackson writes and reads back as it stands, so a saved fit predicts like a fresh one.
 *
 * @param summary     medians and 16th/84th percentiles of coefficients and scatter
 * @param convergence diagnostics and the converged/not-converged judgement; check it before trusting the rest
 * @param moments     posterior moments used for fast predictions (computed from every kept draw)
 * @param draws       a thinned set of draws for saving and further analysis
 */
public record BayesianLinearFit(PosteriorSummary summary, Convergence convergence, PredictiveMoments moments,
                                PosteriorDraws draws) {

    /**
     * Posterior predictive mean and σ of the true target for each star, in closed form from
     * {@link #moments()} (see {@link PredictiveMoments#predict}).
     */
    public Prediction predict(double[][] x, double[][] xErr) {
        return moments.predict(x, xErr);
    }
}
