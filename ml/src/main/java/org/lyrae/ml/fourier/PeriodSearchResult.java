package org.lyrae.ml.fourier;

import java.util.List;

/**
 * @param fit         the Fourier fit at the chosen, refined period (period error from the joint fit)
 * @param candidates  the aliases compared, best (lowest BIC) first
 * @param periodogram the multi-harmonic periodogram the candidates came from
 */
public record PeriodSearchResult(FourierFit fit, List<PeriodCandidate> candidates, Periodogram periodogram) {

    public PeriodSearchResult {
        candidates = List.copyOf(candidates);
    }
}
