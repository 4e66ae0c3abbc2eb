package org.lyrae.ml.fourier;

import org.lyrae.ml.lc.LightCurve;

/**
 * The usable epochs of one light curve, centred and weighted once so that every fit downstream works on
 * the same numbers: times relative to the weighted mean epoch (decorrelates the period from the phases
 * and keeps trigonometric arguments small) and magnitudes relative to the weighted mean (keeps the
 * normal equations well conditioned).
 */
final class Observations {

    final String starId;
    /** Index of each usable epoch in the light curve's arrays. */
    final int[] sourceIndex;
    /** Time minus {@link #referenceEpoch}, days. */
    final double[] tau;
    /** Magnitude minus {@link #meanMag}. */
    final double[] dy;
    /** Squared photometric error; 0 when the light curve has no errors. */
    final double[] errorVariance;
    /** Extra variance added to every epoch's error (see {@link ExcessScatter}); 0 until estimated. */
    final double jitterVariance;
    /** Fit weight 1/(err² + jitter²); 1 for curves without errors until the jitter is known. */
    final double[] weight;
    final boolean errorsGiven;
    final double referenceEpoch;
    final double meanMag;
    final double timeSpan;
    /** Epochs of the light curve left out here: a non-finite time or magnitude, or an error that is not positive. */
    final int dropped;

    private Observations(String starId, int[] sourceIndex, double[] tau, double[] dy, double[] errorVariance,
                         double jitterVariance, double[] weight, boolean errorsGiven, double referenceEpoch,
                         double meanMag, double timeSpan, int dropped) {
        this.starId = starId;
        this.sourceIndex = sourceIndex;
        this.tau = tau;
        this.dy = dy;
        this.errorVariance = errorVariance;
        this.jitterVariance = jitterVariance;
        this.weight = weight;
        this.errorsGiven = errorsGiven;
        this.referenceEpoch = referenceEpoch;
        this.meanMag = meanMag;
        this.timeSpan = timeSpan;
        this.dropped = dropped;
    }

    /** The usable epochs of {@code lc}; throws when none is left. */
    static Observations of(LightCurve lc) {
        if (lc == null) {
            throw new FourierFitException("(null)", "no light curve");
        }
        String id = lc.id() == null ? "(no id)" : lc.id();
        double[] t = lc.time();
        double[] m = lc.mag();
        double[] e = lc.magErr();
        if (t == null || m == null || t.length != m.length || (e != null && e.length != t.length)) {
            throw new FourierFitException(id, "time, magnitude and error arrays are missing or differ in length");
        }
        int n = t.length;
        int[] index = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (isUsable(lc, i)) {
                index[used++] = i;
            }
        }
        if (used == 0) {
            throw new FourierFitException(id, "no usable epoch among " + n + " (all have a non-finite time, magnitude or error)");
        }
        int[] sourceIndex = java.util.Arrays.copyOf(index, used);
        double[] weight = new double[used];
        double[] variance = new double[used];
        double sw = 0, swt = 0, swm = 0, tMin = Double.POSITIVE_INFINITY, tMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < used; j++) {
            int i = sourceIndex[j];
            variance[j] = e == null ? 0 : e[i] * e[i];
            weight[j] = e == null ? 1.0 : 1.0 / variance[j];
            sw += weight[j];
            swt += weight[j] * t[i];
            swm += weight[j] * m[i];
            tMin = Math.min(tMin, t[i]);
            tMax = Math.max(tMax, t[i]);
        }
        double t0 = swt / sw;
        double m0 = swm / sw;
        double[] tau = new double[used];
        double[] dy = new double[used];
        for (int j = 0; j < used; j++) {
            tau[j] = t[sourceIndex[j]] - t0;
            dy[j] = m[sourceIndex[j]] - m0;
        }
        return new Observations(id, sourceIndex, tau, dy, variance, 0, weight, e != null, t0, m0, tMax - tMin,
                n - used);
    }

    /** The same epochs weighted by 1/(err² + {@code jitter}), the jitter being an extra variance in mag². */
    Observations withJitter(double jitter) {
        double[] w = new double[size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / (errorVariance[i] + jitter);
        }
        return new Observations(starId, sourceIndex, tau, dy, errorVariance, jitter, w, errorsGiven, referenceEpoch,
                meanMag, timeSpan, dropped);
    }

    /** Whether epoch i has a finite time and magnitude and, if errors are given, a positive finite error. */
    static boolean isUsable(LightCurve lc, int i) {
        double[] e = lc.magErr();
        return Double.isFinite(lc.time()[i]) && Double.isFinite(lc.mag()[i])
                && (e == null || (e[i] > 0 && Double.isFinite(e[i])));
    }

    int size() {
        return tau.length;
    }

    /** A mask with every usable epoch in. */
    boolean[] allUsed() {
        boolean[] use = new boolean[size()];
        java.util.Arrays.fill(use, true);
        return use;
    }

    static int count(boolean[] use) {
        int c = 0;
        for (boolean u : use) {
            if (u) {
                c++;
            }
        }
        return c;
    }
}
