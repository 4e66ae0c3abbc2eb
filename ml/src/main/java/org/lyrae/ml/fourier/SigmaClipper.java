package org.lyrae.ml.fourier;

import java.util.Arrays;

/**
 * Iterative sigma clipping and reweighting around the BIC Fourier fit at a fixed frequency. Each round
 * re-estimates the excess scatter ({@link ExcessScatter}) and re-decides every epoch from the current fit (a point
 * clipped against a poor early fit can come back). Rounds stop when neither mask nor weights change.
 *
 * <p>Sigma is the rms of the weighted residuals, not a MAD: residuals of amplitude- or phase-modulated (Blazhko)
 * stars are broad rather than outlying, a MAD underestimates their spread, and clipping on it removed up to 10%
 * of such Gaia DR3 curves and moved φ31 by 0.2–0.5 rad. The rms leaves out only gross outliers (beyond 10 MAD
 * sigmas), which would otherwise inflate it enough to hide one another.
 */
final class SigmaClipper {

    /** MAD to Gaussian sigma. */
    private static final double MAD_TO_SIGMA = 1.4826;
    /** Deleted residuals beyond this many robust (MAD) sigmas are left out of the rms that sets the clipping sigma. */
    private static final double GROSS_OUTLIER = 10;
    /** Residuals beyond this many robust sigmas get their leverage computed (the rest cannot be outliers). */
    private static final double SUSPECT = 2;
    /** Weights that change by less than this (up to a common factor, which does not move the fit) are settled. */
    private static final double WEIGHT_TOLERANCE = 0.02;
    /** Extra rounds allowed for the weights to settle after clipping has stopped. */
    private static final int EXTRA_REWEIGHTING_ROUNDS = 3;

    /**
     * @param solution    the fit on the epochs kept
     * @param weighted    the observations with the weights that fit used
     * @param excessVariance the latest excess-scatter estimate, mag² (see {@link ExcessScatter})
     * @param use         the epochs kept
     * @param clipped     epochs clipped
     * @param sampling    phase sampling of the kept epochs
     * @param orderLimit  the highest order the kept epochs allowed
     */
    record Result(LinearHarmonicFit.Solution solution, Observations weighted, double excessVariance, boolean[] use,
                  int clipped, PhaseSampling sampling, int orderLimit) {
    }

    private SigmaClipper() {
    }

    static Result fit(Observations obs, double omega, AnalysisOptions opt) {
        return fit(obs, omega, opt, opt.clipIterations());
    }

    /** As {@link #fit(Observations, double, AnalysisOptions)}, with at most {@code rounds} clipping rounds. */
    static Result fit(Observations obs, double omega, AnalysisOptions opt, int rounds) {
        boolean[] use = obs.allUsed();
        Observations weighted = obs;
        for (int round = 0; ; round++) {
            PhaseSampling sampling = PhaseSampling.of(obs, use, omega, opt.phaseBins());
            int used = Observations.count(use);
            int limit = sampling.orderLimit(used, opt);
            LinearHarmonicFit.Solution solution = LinearHarmonicFit.fit(weighted, omega, use, opt.minOrder(), limit);
            int dof = Math.max(1, used - solution.parameters());
            double excess = ExcessScatter.variance(obs, solution.residuals(), use, dof);
            Observations reweighted = obs.withJitter(excess);
            boolean[] next = round < rounds ? clipMask(reweighted, solution, use, opt) : use;
            boolean settled = Arrays.equals(next, use) && sameUpToScale(weighted.weight, reweighted.weight);
            if (settled || round >= rounds + EXTRA_REWEIGHTING_ROUNDS) {
                return new Result(solution, weighted, excess, use, obs.size() - used, sampling, limit);
            }
            use = next;
            weighted = reweighted;
        }
    }

    private static boolean sameUpToScale(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < a.length; i++) {
            double q = b[i] / a[i];
            lo = Math.min(lo, q);
            hi = Math.max(hi, q);
        }
        return hi <= lo * (1 + WEIGHT_TOLERANCE);
    }

    /**
     * Which epochs to keep given the residuals of the current fit. A flexible fit bends towards an outlier and
     * hides part of it in its own residual r(1 − h) (h: leverage), so suspects are judged by their deleted
     * residual r/(1 − h) for the gross-outlier screen and by the studentized r/√(1 − h) against the clipping sigma.
     */
    private static boolean[] clipMask(Observations obs, LinearHarmonicFit.Solution solution, boolean[] use,
                                      AnalysisOptions opt) {
        int size = obs.size();
        double[] z = new double[size];
        double[] usedAbs = new double[solution.used()];
        int j = 0;
        for (int i = 0; i < size; i++) {
            z[i] = Math.abs(solution.residuals()[i]) * Math.sqrt(obs.weight[i]);
            if (use[i]) {
                usedAbs[j++] = z[i];
            }
        }
        int dof = Math.max(1, solution.used() - solution.parameters());
        // Residuals of a least-squares fit scatter by about √(dof/N) of the noise.
        double dofCorrection = Math.sqrt((double) solution.used() / dof);
        Arrays.sort(usedAbs);
        double median = j % 2 == 1 ? usedAbs[j / 2] : 0.5 * (usedAbs[j / 2 - 1] + usedAbs[j / 2]);
        double robustSigma = MAD_TO_SIGMA * median * dofCorrection;

        double[] studentized = z.clone();
        double sumSquares = 0;
        int gross = 0;
        for (int i = 0; i < size; i++) {
            if (!use[i]) {
                continue;   // not in the fit: its residual is already a prediction residual
            }
            if (z[i] > SUSPECT * robustSigma) {
                double h = Math.min(solution.leverage(i), 1 - 1e-9);
                studentized[i] = z[i] / Math.sqrt(1 - h);
                if (z[i] / (1 - h) > GROSS_OUTLIER * robustSigma) {
                    gross++;
                    continue;
                }
            }
            sumSquares += z[i] * z[i];
        }
        double sigma = Math.sqrt(sumSquares / Math.max(1, dof - gross));
        double threshold = opt.clipSigma() * sigma;
        int maxClipped = Math.min((int) Math.floor(opt.maxClipFraction() * size),
                size - PhaseSampling.minimumEpochs(opt));
        if (!(threshold > 0) || maxClipped <= 0) {
            return use;
        }
        double[] sorted = studentized.clone();
        Arrays.sort(sorted);
        // Never clip more than maxClipped: beyond that the cut rises to the (maxClipped+1)-th largest residual.
        double cut = Math.max(threshold, sorted[size - maxClipped - 1]);
        boolean[] keep = new boolean[size];
        for (int i = 0; i < size; i++) {
            keep[i] = studentized[i] <= cut;
        }
        return keep;
    }
}
