package org.lyrae.ml.fourier;

import java.util.List;
import org.lyrae.ml.lc.LightCurve;

/**
 * The light-curve core in one call: search the period when the light curve carries none (NaN), otherwise
 * keep the given period fixed; fit, clean, derive parameters, fold.
 */
public final class LightCurveAnalyzer {

    private LightCurveAnalyzer() {
    }

    /** {@link #analyze(LightCurve, AnalysisOptions)} with {@link AnalysisOptions#defaults()}. */
    public static LightCurveAnalysis analyze(LightCurve lc) {
        return analyze(lc, AnalysisOptions.defaults());
    }

    /**
     * @throws FourierFitException when the curve cannot be fitted (too few usable epochs, no time span…)
     */
    public static LightCurveAnalysis analyze(LightCurve lc, AnalysisOptions options) {
        Observations obs = Observations.of(lc);
        FourierFit fit;
        List<PeriodCandidate> candidates;
        if (Double.isNaN(lc.period())) {
            PeriodSearchResult search = new PeriodSearch(options).search(obs);
            fit = search.fit();
            candidates = search.candidates();
        } else {
            fit = new FourierFitter(options).fit(obs, lc.period());
            candidates = List.of();
        }
        return new LightCurveAnalysis(fit, FoldedCurve.of(lc, fit, options.profilePoints()), candidates);
    }
}
