package org.lyrae.ml.fourier;

import java.util.Set;
import org.lyrae.ml.lc.LightCurve;

/** Fourier fit of a light curve at a known period: sigma clipping, order by BIC, all derived parameters. */
public final class FourierFitter {

    private final AnalysisOptions options;

    public FourierFitter() {
        this(AnalysisOptions.defaults());
    }

    public FourierFitter(AnalysisOptions options) {
        this.options = options;
    }

    /**
     * Fits {@code lc} at the fixed {@code period} (days). The light curve's own period field is ignored here.
     *
     * @throws FourierFitException when the period is not a positive number or the curve cannot be fitted
     */
    public FourierFit fit(LightCurve lc, double period) {
        return fit(Observations.of(lc), period);
    }

    FourierFit fit(Observations obs, double period) {
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new FourierFitException(obs.starId, "period " + period + " d is not a positive finite number");
        }
        requireEnoughEpochs(obs, options);
        double omega = 2 * Math.PI / period;
        SigmaClipper.Result clip = SigmaClipper.fit(obs, omega, options);
        LinearHarmonicFit.Solution s = clip.solution();
        return FitSummarizer.summarize(clip, period, s.coefficients(), s.covariance(), s.chi2(), true, Set.of(), options);
    }

    static void requireEnoughEpochs(Observations obs, AnalysisOptions options) {
        int needed = PhaseSampling.minimumEpochs(options);
        if (obs.size() < needed) {
            throw new FourierFitException(obs.starId, obs.size() + " usable epoch" + (obs.size() == 1 ? "" : "s")
                    + (obs.dropped > 0 ? " (" + obs.dropped + " dropped as non-finite)" : "")
                    + ": a Fourier fit needs at least " + needed);
        }
    }
}
