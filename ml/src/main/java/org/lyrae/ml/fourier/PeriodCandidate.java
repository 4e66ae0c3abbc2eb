package org.lyrae.ml.fourier;

/**
 * One alias considered by the period search, after refinement with the full Fourier model.
 *
 * @param period      refined period, days
 * @param power       periodogram power at the grid frequency it started from
 * @param order       Fourier order BIC chose at the refined period
 * @param bic         N ln(χ²/N) + p ln N on all usable epochs (comparable across candidates; lower is better)
 * @param chosen      whether this candidate became the star's period
 */
public record PeriodCandidate(double period, double power, int order, double bic, boolean chosen) {
}
