package org.lyrae.ml.fourier;

import java.util.List;

/**
 * Full result for one star: the Fourier fit (period, cleaning counts, parameters, flags), the folded curve,
 * and the period candidates compared (empty when the period was given).
 */
public record LightCurveAnalysis(FourierFit fit, FoldedCurve folded, List<PeriodCandidate> candidates) {

    public LightCurveAnalysis {
        candidates = List.copyOf(candidates);
    }
}
