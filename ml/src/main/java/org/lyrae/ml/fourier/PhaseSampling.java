package org.lyrae.ml.fourier;

import java.util.Arrays;

/**
 * How well the used epochs cover the phase at one frequency, and the Fourier order that coverage can carry.
 *
 * @param coverage fraction of {@link AnalysisOptions#phaseBins()} equal phase bins that hold at least one epoch
 * @param maxGap   largest empty phase interval between consecutive epochs (wrapping round), in cycles
 */
record PhaseSampling(double coverage, double maxGap) {

    static PhaseSampling of(Observations obs, boolean[] use, double omega, int bins) {
        int n = Observations.count(use);
        double[] phase = new double[n];
        boolean[] occupied = new boolean[bins];
        int j = 0;
        for (int i = 0; i < obs.size(); i++) {
            if (use[i]) {
                double cycles = omega * obs.tau[i] / (2 * Math.PI);
                double p = cycles - Math.floor(cycles);
                phase[j++] = p;
                occupied[Math.min(bins - 1, (int) (p * bins))] = true;
            }
        }
        int filled = 0;
        for (boolean o : occupied) {
            if (o) {
                filled++;
            }
        }
        Arrays.sort(phase);
        double gap = n == 0 ? 1.0 : 1.0 - phase[n - 1] + phase[0];
        for (int i = 1; i < n; i++) {
            gap = Math.max(gap, phase[i] - phase[i - 1]);
        }
        return new PhaseSampling((double) filled / bins, gap);
    }

    /**
     * The highest order the data can constrain: enough points per parameter and beyond the parameter count,
     * and no phase gap wider than the order's harmonics can bridge. Zero when not even order 1 is possible.
     */
    int orderLimit(int usedEpochs, AnalysisOptions opt) {
        int byPoints = (int) Math.floor((usedEpochs / opt.minPointsPerParameter() - 1) / 2);
        int byDegreesOfFreedom = (usedEpochs - opt.minDegreesOfFreedom() - 1) / 2;
        int byGap = (int) Math.floor(opt.maxGapTimesOrder() / maxGap);
        return Math.max(0, Math.min(opt.maxOrder(), Math.min(Math.min(byPoints, byDegreesOfFreedom), byGap)));
    }

    /** The fewest epochs a first-order fit accepts under these options. */
    static int minimumEpochs(AnalysisOptions opt) {
        return (int) Math.max(Math.ceil(3 * opt.minPointsPerParameter()), 3 + opt.minDegreesOfFreedom());
    }
}
