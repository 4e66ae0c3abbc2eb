/**
 * The light-curve core: period search, Fourier decomposition, cleaning and folding of one star's time series.
 *
 * <p>Entry points: {@link org.lyrae.ml.fourier.LightCurveAnalyzer#analyze(org.lyrae.ml.lc.LightCurve)} (searches
 * the period when the light curve's is NaN, else keeps it fixed, and folds), {@link
 * org.lyrae.ml.fourier.FourierFitter#fit(org.lyrae.ml.lc.LightCurve, double)} (known period),
 * {@link org.lyrae.ml.fourier.PeriodSearch#search(org.lyrae.ml.lc.LightCurve)} (no period), and
 * {@link org.lyrae.ml.fourier.SyntheticCurves} for test data. All are stateless apart from their options and
 * safe to share between threads; {@code SyntheticCurves} is not.
 *
 * <p>Model: m(t) = A0 + Σ_{k=1..K} [a_k sin kω(t−t0) + b_k cos kω(t−t0)] = A0 + Σ A_k sin(kω(t−t0) + φ_k),
 * t0 the weighted mean epoch. Outputs carry φ_k1 = φ_k − kφ_1 in the sine convention of lcfit (RRab φ31 ≈
 * 5.0–5.5) and in the cosine convention of Gaia DR3 {@code phi21_g}/{@code phi31_g}: ψ_k1 = φ_k1 + (k−1)π/2, so
 * φ31 differs by π and φ21 by π/2 ({@link org.lyrae.ml.fourier.PhaseConvention}). Phases in [0, 2π), days,
 * magnitudes.
 *
 * <p>Fit: weights 1/(σ² + s²) with s the excess scatter that makes χ²/dof = 1 ({@link
 * org.lyrae.ml.fourier.ExcessScatter}); order by BIC = N ln(χ²/N) + p ln N from 3 (or fewer when the data cannot
 * carry 3) up to a limit set by the number of epochs (2.5 per parameter, 3 spare) and the largest phase gap
 * (K × gap ≤ 1); iterative 4σ clipping; errors of every derived quantity by first-order propagation of the
 * covariance, scaled by χ²/dof when above 1. Pull tests on synthetic curves keep the errors at unit spread.
 */
package org.lyrae.ml.fourier;
