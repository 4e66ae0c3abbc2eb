package org.lyrae.ml.fourier;

/**
 * Every tunable of the light-curve analysis in one place, with defaults for RR Lyrae.
 *
 * @param minPeriod               shortest period searched, days (0.2: shortest RRc)
 * @param maxPeriod               longest period searched, days (1.2: longest RRab)
 * @param oversampling            frequency step is 1/(oversampling × time span)
 * @param searchHarmonics         harmonics in the periodogram model (2–3 separate RRab from their
 *                                half/double-period aliases better than a single sine)
 * @param candidatePeaks          periodogram peaks refitted with the full model before choosing
 * @param aliasBicMargin          a competing alias closer than this in BIC flags {@link QualityFlag#ALIAS_AMBIGUOUS}
 *                                (10: "very strong" evidence on the Kass–Raftery scale)
 * @param minOrder                lowest Fourier order tried by BIC when the data allow it (3: φ31 and R31 need a
 *                                third harmonic, and RRc often have one BIC alone would drop; 1 for pure BIC)
 * @param maxOrder                highest Fourier order tried by BIC
 * @param minPointsPerParameter   order k needs at least this many points per model parameter (2k+1)
 * @param minDegreesOfFreedom     and at least this many points more than parameters
 * @param maxGapTimesOrder        order k is allowed only if k × (largest phase gap) stays below this:
 *                                a harmonic whose half-wavelength fits inside a gap is unconstrained there
 * @param clipSigma               residuals beyond this many robust sigmas are clipped
 * @param clipIterations          most fit–clip rounds
 * @param maxClipFraction         never clip more than this fraction of the epochs (keeps the worst ones out)
 * @param phaseBins               bins used for the phase-coverage statistic
 * @param profilePoints           points of the resampled, aligned model light curve
 * @param fewPoints               fewer usable epochs than this raise {@link QualityFlag#FEW_POINTS}
 * @param lowCoverage             phase coverage below this raises {@link QualityFlag#LOW_COVERAGE}
 * @param manyClipped             clipped fraction above this raises {@link QualityFlag#MANY_CLIPPED}
 * @param highReducedChi2         reduced chi-square above this raises {@link QualityFlag#HIGH_REDUCED_CHI2}
 * @param lowSnr                  S/N below this raises {@link QualityFlag#LOW_SNR}
 */
public record AnalysisOptions(double minPeriod, double maxPeriod, double oversampling, int searchHarmonics,
                              int candidatePeaks, double aliasBicMargin, int minOrder, int maxOrder,
                              double minPointsPerParameter, int minDegreesOfFreedom, double maxGapTimesOrder,
                              double clipSigma, int clipIterations, double maxClipFraction, int phaseBins,
                              int profilePoints, int fewPoints, double lowCoverage, double manyClipped,
                              double highReducedChi2, double lowSnr) {

    public AnalysisOptions {
        if (!(minPeriod > 0 && maxPeriod > minPeriod)) {
            throw new IllegalArgumentException("need 0 < minPeriod < maxPeriod, got " + minPeriod + ", " + maxPeriod);
        }
        if (!(oversampling >= 1) || searchHarmonics < 1 || searchHarmonics > 3 || candidatePeaks < 1) {
            throw new IllegalArgumentException("oversampling >= 1, 1 <= searchHarmonics <= 3, candidatePeaks >= 1");
        }
        if (minOrder < 1 || maxOrder < minOrder || minPointsPerParameter < 1 || minDegreesOfFreedom < 1 || !(maxGapTimesOrder > 0)) {
            throw new IllegalArgumentException("1 <= minOrder <= maxOrder; minPointsPerParameter, minDegreesOfFreedom >= 1, maxGapTimesOrder > 0");
        }
        if (!(clipSigma > 0) || clipIterations < 0 || !(maxClipFraction >= 0 && maxClipFraction < 1)) {
            throw new IllegalArgumentException("clipSigma > 0, clipIterations >= 0, 0 <= maxClipFraction < 1");
        }
        if (phaseBins < 2 || profilePoints < 8) {
            throw new IllegalArgumentException("phaseBins >= 2, profilePoints >= 8");
        }
    }

    /** Defaults for RR Lyrae in Gaia-like or ground-based sampling. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(0.2, 1.2, 5, 3, 6, 10, 3, 10, 2.5, 3, 1.0,
                4, 5, 0.2, 20, 100, 20, 0.7, 0.1, 5, 20);
    }

    /** A builder starting from these options, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of the options; {@link #build()} validates. Setter names are the record's components. */
    public static final class Builder {
        private double minPeriod;
        private double maxPeriod;
        private double oversampling;
        private int searchHarmonics;
        private int candidatePeaks;
        private double aliasBicMargin;
        private int minOrder;
        private int maxOrder;
        private double minPointsPerParameter;
        private int minDegreesOfFreedom;
        private double maxGapTimesOrder;
        private double clipSigma;
        private int clipIterations;
        private double maxClipFraction;
        private int phaseBins;
        private int profilePoints;
        private int fewPoints;
        private double lowCoverage;
        private double manyClipped;
        private double highReducedChi2;
        private double lowSnr;

        private Builder(AnalysisOptions o) {
            minPeriod = o.minPeriod;
            maxPeriod = o.maxPeriod;
            oversampling = o.oversampling;
            searchHarmonics = o.searchHarmonics;
            candidatePeaks = o.candidatePeaks;
            aliasBicMargin = o.aliasBicMargin;
            minOrder = o.minOrder;
            maxOrder = o.maxOrder;
            minPointsPerParameter = o.minPointsPerParameter;
            minDegreesOfFreedom = o.minDegreesOfFreedom;
            maxGapTimesOrder = o.maxGapTimesOrder;
            clipSigma = o.clipSigma;
            clipIterations = o.clipIterations;
            maxClipFraction = o.maxClipFraction;
            phaseBins = o.phaseBins;
            profilePoints = o.profilePoints;
            fewPoints = o.fewPoints;
            lowCoverage = o.lowCoverage;
            manyClipped = o.manyClipped;
            highReducedChi2 = o.highReducedChi2;
            lowSnr = o.lowSnr;
        }

        public AnalysisOptions build() {
            return new AnalysisOptions(minPeriod, maxPeriod, oversampling, searchHarmonics, candidatePeaks,
                    aliasBicMargin, minOrder, maxOrder, minPointsPerParameter, minDegreesOfFreedom, maxGapTimesOrder,
                    clipSigma, clipIterations, maxClipFraction, phaseBins, profilePoints, fewPoints, lowCoverage,
                    manyClipped, highReducedChi2, lowSnr);
        }

        /** Period search range, days. */
        public Builder periodRange(double min, double max) {
            minPeriod = min;
            maxPeriod = max;
            return this;
        }

        public Builder oversampling(double v) {
            oversampling = v;
            return this;
        }

        public Builder searchHarmonics(int v) {
            searchHarmonics = v;
            return this;
        }

        public Builder candidatePeaks(int v) {
            candidatePeaks = v;
            return this;
        }

        public Builder aliasBicMargin(double v) {
            aliasBicMargin = v;
            return this;
        }

        /** Range of Fourier orders BIC chooses from. */
        public Builder orders(int min, int max) {
            minOrder = min;
            maxOrder = max;
            return this;
        }

        public Builder minPointsPerParameter(double v) {
            minPointsPerParameter = v;
            return this;
        }

        public Builder minDegreesOfFreedom(int v) {
            minDegreesOfFreedom = v;
            return this;
        }

        public Builder maxGapTimesOrder(double v) {
            maxGapTimesOrder = v;
            return this;
        }

        /** Clipping threshold in sigmas, most rounds, most clipped fraction. */
        public Builder clipping(double sigma, int iterations, double maxFraction) {
            clipSigma = sigma;
            clipIterations = iterations;
            maxClipFraction = maxFraction;
            return this;
        }

        public Builder phaseBins(int v) {
            phaseBins = v;
            return this;
        }

        public Builder profilePoints(int v) {
            profilePoints = v;
            return this;
        }

        /** Thresholds of the quality flags. */
        public Builder flagThresholds(int few, double coverage, double clipped, double reducedChi2, double snr) {
            fewPoints = few;
            lowCoverage = coverage;
            manyClipped = clipped;
            highReducedChi2 = reducedChi2;
            lowSnr = snr;
            return this;
        }
    }
}
