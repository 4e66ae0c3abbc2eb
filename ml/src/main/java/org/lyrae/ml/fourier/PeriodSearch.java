package org.lyrae.ml.fourier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lyrae.ml.lc.LightCurve;

/**
 * Finds an RR Lyrae period without a prior: multi-harmonic periodogram over the search range, then the strongest
 * peaks, half and double the best one, and its daily and Gaia scanning-law aliases are each refined with the full
 * BIC Fourier model, and the lowest BIC wins. The winner is refined once more on the
 * sigma-clipped epochs, jointly in period and coefficients, which gives the period its error.
 */
public final class PeriodSearch {

    /**
     * Window frequencies (cycles/day) whose aliases are always tried: the sidereal day (ground-based nightly
     * sampling), Gaia's 63-day spin-axis precession, and Gaia's 6-hour spin (pairs of transits a spin apart).
     */
    private static final double[] ALIAS_SPACINGS = {1.0027379, 1 / 62.97, 1 / 0.25};

    private final AnalysisOptions options;

    public PeriodSearch() {
        this(AnalysisOptions.defaults());
    }

    public PeriodSearch(AnalysisOptions options) {
        this.options = options;
    }

    /**
     * Searches {@code lc} for its period, ignoring any period it carries.
     *
     * @throws FourierFitException when the curve has too few usable epochs or no time span
     */
    public PeriodSearchResult search(LightCurve lc) {
        return search(Observations.of(lc));
    }

    PeriodSearchResult search(Observations obs) {
        FourierFitter.requireEnoughEpochs(obs, options);
        if (!(obs.timeSpan > 0)) {
            throw new FourierFitException(obs.starId, "all " + obs.size() + " epochs are at the same time:"
                    + " no period can be searched");
        }
        double minFrequency = 1 / options.maxPeriod();
        double maxFrequency = 1 / options.minPeriod();
        double step = 1 / (options.oversampling() * obs.timeSpan);
        int count = (int) Math.floor((maxFrequency - minFrequency) / step) + 1;
        Periodogram periodogram = MultiHarmonicPeriodogram.compute(obs, minFrequency, step, count,
                options.searchHarmonics());

        List<Scored> scored = new ArrayList<>();
        double peakWidth = 1 / obs.timeSpan;
        List<double[]> starts = startingFrequencies(periodogram, minFrequency, maxFrequency, peakWidth);
        Observations weighted = weightsAtStrongestPeak(obs, starts);
        for (double[] start : starts) {
            Scored s = score(weighted, start[0], start[1]);
            if (s != null && scored.stream().noneMatch(o -> Math.abs(o.frequency() - s.frequency()) < 0.5 * peakWidth)) {
                scored.add(s);
            }
        }
        if (scored.isEmpty()) {
            throw new FourierFitException(obs.starId, "no periodogram peak between " + options.minPeriod() + " and "
                    + options.maxPeriod() + " d could be fitted");
        }
        scored.sort(Comparator.comparingDouble(Scored::bic));
        Scored best = scored.get(0);
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (scored.size() > 1 && scored.get(1).bic() - best.bic() < options.aliasBicMargin()) {
            flags.add(QualityFlag.ALIAS_AMBIGUOUS);
        }

        double omega = 2 * Math.PI * best.frequency();
        SigmaClipper.Result clip = SigmaClipper.fit(obs, omega, options);
        LinearHarmonicFit.Solution s = clip.solution();
        PeriodRefiner.Result refined = PeriodRefiner.refineInStages(clip.weighted(), clip.use(), s.order(), omega);
        if (!refined.converged()) {
            flags.add(QualityFlag.PERIOD_NOT_CONVERGED);
        }
        double frequency = refined.omega() / (2 * Math.PI);
        if (frequency - minFrequency < 2 * step || maxFrequency - frequency < 2 * step) {
            flags.add(QualityFlag.PERIOD_AT_EDGE);
        }
        FourierFit fit = FitSummarizer.summarize(clip, 2 * Math.PI / refined.omega(), refined.coefficients(),
                refined.covariance(), refined.chi2(), false, flags, options);
        List<PeriodCandidate> candidates = new ArrayList<>();
        for (Scored c : scored) {
            candidates.add(new PeriodCandidate(1 / c.frequency(), c.power(), c.order(), c.bic(), c == best));
        }
        return new PeriodSearchResult(fit, candidates, periodogram);
    }

    /**
     * [frequency, power] of the strongest peaks, then, for the best one, half and double its frequency and its
     * aliases at the window frequencies of {@link #ALIAS_SPACINGS}, where in range and not already there.
     */
    private List<double[]> startingFrequencies(Periodogram periodogram, double minFrequency, double maxFrequency,
                                               double peakWidth) {
        List<double[]> starts = new ArrayList<>();
        List<Integer> peaks = periodogram.peaks(options.candidatePeaks());
        double[] power = periodogram.power();
        for (int i : peaks) {
            starts.add(new double[] {periodogram.frequency(i), power[i]});
        }
        if (peaks.isEmpty()) {
            return starts;
        }
        double best = periodogram.frequency(peaks.get(0));
        List<Double> related = new ArrayList<>(List.of(best / 2, best * 2));
        for (double spacing : ALIAS_SPACINGS) {
            related.add(best - spacing);
            related.add(best + spacing);
        }
        for (double f : related) {
            if (f >= minFrequency && f <= maxFrequency
                    && starts.stream().noneMatch(s -> Math.abs(s[0] - f) < 0.5 * peakWidth)) {
                int i = (int) Math.round((f - minFrequency) / periodogram.step());
                starts.add(new double[] {f, power[Math.min(i, power.length - 1)]});
            }
        }
        return starts;
    }

    /**
     * Candidates are compared with the weights (excess scatter included) found at the strongest peak, or with
     * the plain error weights when that peak cannot be fitted.
     */
    private Observations weightsAtStrongestPeak(Observations obs, List<double[]> starts) {
        if (starts.isEmpty()) {
            return obs;
        }
        double omega = 2 * Math.PI * starts.get(0)[0];
        boolean[] all = obs.allUsed();
        if (PhaseSampling.of(obs, all, omega, options.phaseBins()).orderLimit(obs.size(), options) < 1) {
            return obs;
        }
        return SigmaClipper.fit(obs, omega, options, 0).weighted();
    }

    /**
     * Fits the full model at a starting frequency on all usable epochs, refines it, and scores it by BIC. Orders
     * start at 1 here whatever {@link AnalysisOptions#minOrder()} says: a forced third harmonic would let the
     * double period of a nearly sinusoidal RRc spend the same parameters on noise and tie with the true one.
     */
    private Scored score(Observations obs, double frequency, double power) {
        boolean[] all = obs.allUsed();
        double omega = 2 * Math.PI * frequency;
        int limit = PhaseSampling.of(obs, all, omega, options.phaseBins()).orderLimit(obs.size(), options);
        if (limit < 1) {
            return null;
        }
        LinearHarmonicFit.Solution start = LinearHarmonicFit.fit(obs, omega, all, 1, limit);
        PeriodRefiner.Result refined = PeriodRefiner.refineInStages(obs, all, start.order(), omega);
        int refinedLimit = PhaseSampling.of(obs, all, refined.omega(), options.phaseBins()).orderLimit(obs.size(), options);
        if (refinedLimit < 1) {
            return null;
        }
        LinearHarmonicFit.Solution atRefined = LinearHarmonicFit.fit(obs, refined.omega(), all, 1, refinedLimit);
        return new Scored(refined.omega() / (2 * Math.PI), power, atRefined.order(), atRefined.bic());
    }

    private record Scored(double frequency, double power, int order, double bic) {
    }
}
