package org.lyrae.ml.fourier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns a final solution (frequency, coefficients, covariance, mask) into the {@link FourierFit} record. */
final class FitSummarizer {

    /** Phase grid for extremes and mean intensity (Newton-refined extremes, so a modest grid suffices). */
    private static final int PROFILE_GRID = 128;

    private FitSummarizer() {
    }

    /**
     * @param clip         the clipped fixed-frequency fit that decided mask, weights, order limit and sampling
     * @param period       final period, days (as given, when it was)
     * @param beta         final coefficients relative to {@code obs.meanMag}
     * @param covariance   unscaled covariance, (2K+1)² for a fixed period or (2K+2)² with ω last
     * @param chi2         residual sum of squares of the final solution, with the clip's weights
     * @param periodGiven  whether ω was held fixed
     * @param searchFlags  flags raised by the period search, if any
     */
    static FourierFit summarize(SigmaClipper.Result clip, double period, double[] beta,
                                double[] covariance, double chi2, boolean periodGiven, Set<QualityFlag> searchFlags,
                                AnalysisOptions opt) {
        Observations obs = clip.weighted();
        double omega = 2 * Math.PI / period;
        int order = (beta.length - 1) / 2;
        int p = beta.length;
        int used = clip.solution().used();
        int fitted = periodGiven ? p : p + 1;
        int dof = Math.max(1, used - fitted);
        // The weights already carry the excess scatter, so this is ≈ 1 unless the last reweighting moved it.
        // Errors absent: the residuals alone set the scale. Errors given: inflate when the scatter exceeds them,
        // but never shrink below them, since a small chi-square from few points is more often luck than better data.
        double weightedReducedChi2 = chi2 / dof;
        double scale = obs.errorsGiven ? Math.max(1.0, weightedReducedChi2) : weightedReducedChi2;
        double[] scaled = scaledCovariance(covariance, periodGiven ? p : p + 1, p + 1, scale);
        double[] coef = beta.clone();
        coef[0] += obs.meanMag;
        HarmonicModel model = new HarmonicModel(omega, obs.referenceEpoch, coef, scaled);

        List<Estimate> amplitudes = new ArrayList<>(order);
        List<Estimate> phases = new ArrayList<>(order);
        for (int k = 1; k <= order; k++) {
            amplitudes.add(HarmonicTerms.amplitude(model, coef, k));
            phases.add(HarmonicTerms.sinePhase(model, coef, k));
        }
        Estimate phi21 = HarmonicTerms.sinePhaseDifference(model, coef, 2);
        Estimate phi31 = HarmonicTerms.sinePhaseDifference(model, coef, 3);
        ModelProfile profile = ModelProfile.of(model, PROFILE_GRID);

        double sumSquares = 0;
        double chi2GivenErrors = 0;
        boolean[] mask = new boolean[obs.size() + obs.dropped];
        boolean[] use = clip.use();
        for (int i = 0; i < obs.size(); i++) {
            if (use[i]) {
                double r = obs.dy[i] - HarmonicBasis.value(omega * obs.tau[i], beta, order);
                sumSquares += r * r;
                if (obs.errorsGiven) {
                    chi2GivenErrors += r * r / obs.errorVariance[i];
                }
                mask[obs.sourceIndex[i]] = true;
            }
        }
        double rms = Math.sqrt(sumSquares / used);
        double reducedChi2 = obs.errorsGiven ? chi2GivenErrors / dof : Double.NaN;
        double snr = profile.peakToPeak.value() / (rms / Math.sqrt(used));
        double periodError = periodGiven ? Double.NaN
                : period * period / (2 * Math.PI) * Math.sqrt(scaled[(p + 1) * (p + 1) - 1]);

        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        flags.addAll(searchFlags);
        if (used < opt.fewPoints()) {
            flags.add(QualityFlag.FEW_POINTS);
        }
        if (clip.sampling().coverage() < opt.lowCoverage()) {
            flags.add(QualityFlag.LOW_COVERAGE);
        }
        if (order == clip.orderLimit() && order < opt.maxOrder()) {
            flags.add(QualityFlag.ORDER_AT_LIMIT);
        }
        if (order < 3) {
            flags.add(QualityFlag.LOW_ORDER);
        }
        if (clip.clipped() > opt.manyClipped() * obs.size()) {
            flags.add(QualityFlag.MANY_CLIPPED);
        }
        if (reducedChi2 > opt.highReducedChi2()) {
            flags.add(QualityFlag.HIGH_REDUCED_CHI2);
        }
        if (snr < opt.lowSnr()) {
            flags.add(QualityFlag.LOW_SNR);
        }
        double[] meanGradient = {1};
        return new FourierFit(obs.starId, new Estimate(period, periodError), periodGiven, obs.referenceEpoch,
                profile.epochOfMaximum, order, new Estimate(coef[0], model.error(meanGradient)),
                profile.intensityMean, profile.peakToPeak, amplitudes, phases,
                HarmonicTerms.amplitudeRatio(model, coef, 2), HarmonicTerms.amplitudeRatio(model, coef, 3),
                phi21, phi31, HarmonicTerms.cosinePhaseDifference(phi21, 2),
                HarmonicTerms.cosinePhaseDifference(phi31, 3), clip.sampling().coverage(), clip.sampling().maxGap(),
                rms, reducedChi2, Math.sqrt(clip.excessVariance()), used, clip.clipped(), obs.dropped, snr, flags, model,
                mask);
    }

    /** Copies a d×d covariance into the top-left of a zeroed m×m one, times {@code scale}. */
    private static double[] scaledCovariance(double[] covariance, int d, int m, double scale) {
        double[] out = new double[m * m];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i * m + j] = covariance[i * d + j] * scale;
            }
        }
        return out;
    }
}
