package org.lyrae.ml.fourier;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.lyrae.ml.lc.LightCurve;

/**
 * Seeded generator of RR Lyrae light curves with known parameters and Gaia-like sampling, for tests and
 * benchmarks.
 *
 * <p>Sampling: Gaia sees a star in visits a few weeks apart (the scanning law's precession), and within a
 * visit in pairs of transits one spin (≈6 h) apart, sometimes several pairs a day or two apart. Here: visits
 * spread over the baseline with jittered spacing (≈30–60 d for the default 40–70 epochs over ~1000 d), each
 * made of pairs 0.2477 d apart, pairs within a visit 0.5–2 d apart, until the epoch count is reached.
 *
 * <p>Shapes: sine series m = A0 + Σ A_k sin(kω(t−T0) + φ_k1), with RRab (P 0.45–0.75 d, 8 harmonics,
 * R21 ≈ 0.42–0.52, φ21 ≈ 2.3–2.8, φ31 ≈ 4.7–5.6) and RRc (P 0.25–0.42 d, 4 harmonics, R21 ≈ 0.1–0.25,
 * φ31 ≈ 6.0–7.4 mod 2π) coefficients typical of the G band; white noise of 0.005–0.02 mag per star with
 * correctly reported errors.
 */
public final class SyntheticCurves {

    /** Gaia spin period minus the two fields of view's lag, days: the spacing of a transit pair. */
    private static final double PAIR_SPACING = 0.2477;

    public enum Type { RRAB, RRC }

    /**
     * A synthetic star and its true parameters.
     *
     * @param lightCurve  the observations, period NaN (to be searched)
     * @param type        pulsation mode
     * @param period      true period, days
     * @param meanMag     true A0
     * @param amplitudes  true A_1…A_K
     * @param phaseDifferences true φ_k1 (sine convention), index k−1 (φ_11 = 0)
     * @param noise       the star's typical photometric error, mag
     */
    public record SyntheticCurve(LightCurve lightCurve, Type type, double period, double meanMag, double[] amplitudes,
                                 double[] phaseDifferences, double noise) {

        public double r21() {
            return amplitudes[1] / amplitudes[0];
        }

        public double phi31Sine() {
            return PhaseConvention.wrap(phaseDifferences[2]);
        }

        /** The same observations with the true period attached (so analysis keeps it fixed). */
        public LightCurve withKnownPeriod() {
            LightCurve lc = lightCurve;
            return new LightCurve(lc.id(), lc.band(), lc.time(), lc.mag(), lc.magErr(), period, lc.dropped());
        }
    }

    private final SplittableRandom random;
    private long counter;

    public SyntheticCurves(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A random star: RRab three times in four, 40–70 epochs over 900–1050 days. */
    public SyntheticCurve next() {
        Type type = random.nextDouble() < 0.75 ? Type.RRAB : Type.RRC;
        return next(type, 40 + random.nextInt(31), uniform(900, 1050));
    }

    /** A star of the given type with exactly {@code epochs} epochs over about {@code baseline} days. */
    public SyntheticCurve next(Type type, int epochs, double baseline) {
        double[] time = sampling(epochs, baseline);
        double period;
        double[] amplitude;
        double[] phase;
        if (type == Type.RRAB) {
            period = uniform(0.45, 0.75);
            amplitude = ratios(8, uniform(0.2, 0.4), uniform(0.42, 0.52), uniform(0.28, 0.36), 0.65);
            phase = phaseDifferences(8, uniform(2.3, 2.8), uniform(4.7, 5.6));
        } else {
            period = uniform(0.25, 0.42);
            amplitude = ratios(4, uniform(0.1, 0.25), uniform(0.1, 0.25), uniform(0.05, 0.12), 0.5);
            phase = phaseDifferences(4, uniform(3.0, 3.6), uniform(6.0, 7.4));
        }
        double meanMag = uniform(12, 17);
        double noise = uniform(0.005, 0.02);
        double epoch = time[0] + uniform(0, period);
        double omega = 2 * Math.PI / period;
        double[] mag = new double[epochs];
        double[] err = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            double x = omega * (time[i] - epoch);
            double m = meanMag;
            for (int k = 1; k <= amplitude.length; k++) {
                m += amplitude[k - 1] * Math.sin(k * x + phase[k - 1]);
            }
            err[i] = noise * uniform(0.8, 1.25);
            mag[i] = m + err[i] * gaussian();
        }
        LightCurve lc = new LightCurve("synthetic-" + (++counter), "G", time, mag, err, Double.NaN, Map.of());
        return new SyntheticCurve(lc, type, period, meanMag, amplitude, phase, noise);
    }

    /** Visit times: jittered visits over the baseline, filled with transit pairs until {@code epochs}. */
    private double[] sampling(int epochs, double baseline) {
        int visits = Math.max(1, (int) Math.round(epochs / 2.8));
        double spacing = baseline / visits;
        double start = uniform(1700, 1750);
        double[] visitStart = new double[visits];
        for (int v = 0; v < visits; v++) {
            visitStart[v] = start + (v + uniform(0.1, 0.9)) * spacing;
        }
        double[] next = visitStart.clone();
        double[] time = new double[epochs];
        int n = 0;
        for (int v = 0; n < epochs; v = (v + 1) % visits) {
            double t = next[v] + uniform(-0.01, 0.01);
            time[n++] = t;
            if (n < epochs) {
                time[n++] = t + PAIR_SPACING + uniform(-0.01, 0.01);
            }
            next[v] = t + PAIR_SPACING + uniform(0.5, 2.0);
        }
        Arrays.sort(time);
        return time;
    }

    /** A_1…A_K: first three from R21, R31, then decaying geometrically by {@code decay}. */
    private double[] ratios(int harmonics, double a1, double r21, double r31, double decay) {
        double[] a = new double[harmonics];
        a[0] = a1;
        a[1] = a1 * r21;
        a[2] = a1 * r31;
        for (int k = 3; k < harmonics; k++) {
            a[k] = a[k - 1] * decay * uniform(0.85, 1.15);
        }
        return a;
    }

    /** φ_k1 with φ_11 = 0; beyond k = 3 the roughly linear progression in k seen in RR Lyrae. */
    private double[] phaseDifferences(int harmonics, double phi21, double phi31) {
        double[] phi = new double[harmonics];
        phi[1] = phi21;
        phi[2] = phi31;
        for (int k = 3; k < harmonics; k++) {
            phi[k] = phi[k - 1] + (phi31 - phi21) + 0.1 * gaussian();
        }
        return phi;
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    private double gaussian() {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
