/**
 * Bayesian linear regression for photometric metallicities, with errors in the features and the
 * target, intrinsic scatter, an ensemble MCMC sampler and its convergence diagnostics.
 *
 * <h2>Model</h2>
 * For star i with observed features {@code x_i} (errors {@code σ_x,ij}, independent) and target
 * {@code y_i} (error {@code σ_y,i}):
 * <pre>
 *   y_i ~ N(c0 + Σ_j c_j x_ij,  σ_y,i² + Σ_j c_j² σ_x,ij² + σ_int²)
 * </pre>
 * This is the standard errors-in-variables ("effective variance") approximation: feature errors
 * are propagated linearly into the variance, which is exact for Gaussian errors if the true
 * features have a flat prior. It does not model the sample's distribution of true features, so
 * when feature errors are comparable with the features' spread the slopes are biased towards zero
 * (regression dilution), by about the features' reliability {@code Var(true)/(Var(true) + σ_x²)}:
 * the free scatter absorbs the propagated error instead of correcting the slope. In simulations
 * with 1000 stars, a φ31 spread of 0.4 rad about the period trend and φ31 errors of 0.01–0.06 rad,
 * the φ31 coefficient came out 1% low (within its posterior σ); with errors of 0.05–0.20 rad, 8% low
 * (6σ); with 0.10–0.30 rad, 18% low. Check the reliability of each feature before trusting slopes.
 * Parameters: {@code c0}, {@code c1..cp}, and {@code σ_int}, sampled as {@code ln σ_int}.
 *
 * <h2>Priors</h2>
 * Broad, on the standardised scale (features and target centred and divided by their standard
 * deviations): normal {@code N(0, 10²)} on intercept and slopes, half-Cauchy(scale 1) on
 * {@code σ_int}. See {@link org.lyrae.ml.bayes.Priors}.
 *
 * <h2>Sampling and diagnostics</h2>
 * {@code EnsembleSampler}: the Goodman &amp; Weare (2010) stretch move as in emcee, started from a
 * weighted least squares fit ({@code QuickStart}), several independent ensembles with a fixed seed
 * run in parallel. {@link org.lyrae.ml.bayes.Convergence} reports the acceptance fraction, the
 * integrated autocorrelation time ({@link org.lyrae.ml.bayes.AutocorrelationTime}), the effective
 * sample size and split-R-hat across ensembles ({@link org.lyrae.ml.bayes.SplitRHat}), and judges
 * them against {@link org.lyrae.ml.bayes.ConvergenceCriteria}.
 *
 * <h2>Results and predictions</h2>
 * {@link org.lyrae.ml.bayes.BayesianLinearFit} holds the summary (median, 16th and 84th
 * percentiles), the diagnostics, the posterior moments and a thinned set of draws, all in original
 * units and all serialisable with Jackson. Predictions for new stars use the closed form in
 * {@link org.lyrae.ml.bayes.PredictiveMoments}: mean {@code E[c̃]·x̃} and variance
 * {@code x̃ᵀ Cov[c̃] x̃ + E[σ_int²] + Σ_j E[c_j²] σ_xj²}, the true target's predictive spread.
 */
package org.lyrae.ml.bayes;
