package org.lyrae.ml.fourier;

/** Warnings attached to a fit: the numbers are still computed, but a user should look twice. */
public enum QualityFlag {
    /** Fewer usable epochs than {@link AnalysisOptions#fewPoints()}: shape parameters are loose. */
    FEW_POINTS,
    /** Less than {@link AnalysisOptions#lowCoverage()} of the phase bins hold a point. */
    LOW_COVERAGE,
    /** The order was capped by the number of points or by phase gaps, not chosen freely by BIC. */
    ORDER_AT_LIMIT,
    /** Order below 3: R31 and phi31 are undefined (NaN), R21/phi21 too when the order is 1. */
    LOW_ORDER,
    /** More than {@link AnalysisOptions#manyClipped()} of the epochs were sigma-clipped. */
    MANY_CLIPPED,
    /** Reduced chi-square above {@link AnalysisOptions#highReducedChi2()}: errors too small, or
     * the star varies in a way one periodic model does not describe (Blazhko, blends). */
    HIGH_REDUCED_CHI2,
    /** Peak-to-peak amplitude over its scatter-based noise below {@link AnalysisOptions#lowSnr()}. */
    LOW_SNR,
    /** The searched period lies within two grid steps of an end of the search range. */
    PERIOD_AT_EDGE,
    /** Another alias (a distinct periodogram peak, half or double period) fits almost as well. */
    ALIAS_AMBIGUOUS,
    /** The non-linear period refinement did not converge; period and errors come from the grid. */
    PERIOD_NOT_CONVERGED
}
