package org.lyrae.ml.feh;

import java.util.List;
import org.lyrae.ml.fourier.Estimate;
import org.lyrae.ml.fourier.FourierFit;

/**
 * The model features of fitted light curves, in the names, the (sine, lcfit) phase convention and
 * the phase windows ({@link PhaseWindows}) the models were calibrated with; every feature with its
 * error from the fit's covariance; and the curve shape the networks read ({@link CurveShape}).
 */
public final class FitFeatures {
    /**
     * When the data carry no classification: a star is taken as a first-overtone (RRc) pulsator when
     * its period is below this and its light curve is nearly sinusoidal (R21 below
     * {@link #RRC_MAX_R21}); short-period RRab (e.g. AA Aql, 0.36 d, R21 0.5) stay RRab.
     */
    public static final double RRC_MAX_PERIOD = 0.45;
    /** RRc curves are close to sinusoids: R21 about 0.1–0.3, against 0.4–0.55 for RRab. */
    public static final double RRC_MAX_R21 = 0.32;
    /** Without R21 (order 1) only the period decides, at this limit. */
    public static final double RRC_MAX_PERIOD_WITHOUT_R21 = 0.4;
    /** The rule in words, stored with every type it decided. */
    public static final String TYPE_RULE = "RRc if P < 0.45 d and R21 < 0.32 (without R21: P < 0.4 d), else RRab";
    /**
     * A period given as exactly this is the cycle of a phase-folded curve (the shared
     * {@code *_bin.dat} files, or {@code analyze --period 1} on a phase/mag file): time in cycles, not
     * the star's period, which is then unknown. No RR Lyrae pulsates with exactly 1 d.
     */
    public static final double CYCLE = 1.0;

    private FitFeatures() {
    }

    public static FeatureTable of(List<FourierFit> fits) {
        int n = fits.size();
        List<String> names = FeatureNames.ALL;
        double[][] v = new double[names.size()][n];
        double[][] e = new double[names.size()][n];
        float[][] curves = new float[n][];
        for (int i = 0; i < n; i++) {
            FourierFit f = fits.get(i);
            curves[i] = CurveShape.of(f);
            for (int j = 0; j < names.size(); j++) {
                Estimate x = feature(f, names.get(j));
                v[j][i] = x.value();
                e[j][i] = x.error();
            }
        }
        return new FeatureTable(names, v, e, curves);
    }

    /**
     * Whether the fit's period is only the cycle of a phase-folded curve ({@link #CYCLE}, given): its
     * {@link FeatureNames#PERIOD} feature is then NaN, so that the models that read the period give no
     * value ({@code MISSING_FEATURE:period}) while the period-free ones (shape features, networks) do.
     */
    public static boolean periodIsCycle(FourierFit f) {
        return f.periodGiven() && f.period().value() == CYCLE;
    }

    /** RRab or RRc by {@link #TYPE_RULE}, for data that carry no classification. */
    public static String type(double period, double r21) {
        if (!Double.isFinite(r21)) return period < RRC_MAX_PERIOD_WITHOUT_R21 ? "RRc" : "RRab";
        return period < RRC_MAX_PERIOD && r21 < RRC_MAX_R21 ? "RRc" : "RRab";
    }

    /** One feature of a fit, by {@link FeatureNames} name. */
    public static Estimate feature(FourierFit f, String name) {
        switch (name) {
            case FeatureNames.PERIOD: return periodIsCycle(f) ? new Estimate(Double.NaN, Double.NaN) : f.period();
            case FeatureNames.AMPLITUDE: return f.peakToPeakAmplitude();
            case FeatureNames.A1: return amplitude(f, 1);
            case FeatureNames.A2: return amplitude(f, 2);
            case FeatureNames.A3: return amplitude(f, 3);
            case FeatureNames.R21: return f.r21();
            case FeatureNames.R31: return f.r31();
            // the calibration's phase windows, or an RRc φ31 of 6.6 would arrive as 0.3
            case FeatureNames.PHI21: return new Estimate(PhaseWindows.phi21(f.phi21Sine().value()), f.phi21Sine().error());
            case FeatureNames.PHI31: return new Estimate(PhaseWindows.phi31(f.phi31Sine().value()), f.phi31Sine().error());
            default: throw new IllegalArgumentException("no feature " + name);
        }
    }

    private static Estimate amplitude(FourierFit f, int k) {
        return f.amplitudes().size() >= k ? f.amplitudes().get(k - 1) : new Estimate(Double.NaN, Double.NaN);
    }
}
