package org.lyrae.ml.calib;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FitFeatures;
import org.lyrae.ml.feh.PhaseWindows;
import org.lyrae.ml.fourier.Estimate;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.fourier.QualityFlag;

/**
 * One light curve's calibration features ({@link FeatureNames#ALL}) with errors, wherever they came
 * from (our fit of raw epochs, an lcfit table), plus the quality numbers the sample cuts look at.
 * Phases are sine-convention and wrapped by {@link PhaseWindows}.
 *
 * @param origin        where the numbers come from: {@link #DR3_FIT}, {@link #LCFIT_G}, or the ground survey
 *                      ({@code asas}, {@code monson}, {@code ogle}, {@code kbs})
 * @param curveId       the light curve's id in that origin (a Gaia source_id, an ASAS designation, …)
 * @param band          photometric band: {@code G} or {@code I}
 * @param amplitude     peak-to-peak amplitude of the fitted model, mag
 * @param points        epochs in the fit
 * @param phaseCoverage fraction of the phase covered (each origin's own definition; ours: occupied 1/20 bins)
 * @param signalToNoise amplitude over its noise (ours: peak-to-peak / (rms/√N); lcfit's is comparable in scale)
 * @param order         Fourier order of the fit
 * @param flags         our core's warnings (empty for tabulated parameters)
 */
public record FourierFeatures(String origin, String curveId, String band, Estimate period, Estimate amplitude,
                              Estimate a1, Estimate a2, Estimate a3, Estimate r21, Estimate r31, Estimate phi21,
                              Estimate phi31, int points, double phaseCoverage, double signalToNoise, int order,
                              Set<QualityFlag> flags) {

    /** Our own {@code LightCurveAnalyzer} fit of raw Gaia DR3 G epochs. */
    public static final String DR3_FIT = "dr3-fit";
    /** lcfit G-band parameters of {@code gaia_g_fourier/rrab_g_X_rv_gpr_param.dat}. */
    public static final String LCFIT_G = "lcfit-G";

    /** The files print errors to 3 decimals: a printed 0.000 means "below this". */
    static final double PRINTED_ERROR_FLOOR = 0.0005;
    /** The files print periods to 6 decimals and give no period error: half the last digit stands in for it. */
    static final double PRINTED_PERIOD_ERROR = 5e-7;

    private static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN);

    public FourierFeatures {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Values in {@link FeatureNames#ALL} order. */
    public double[] values() {
        return estimates().stream().mapToDouble(Estimate::value).toArray();
    }

    /** Errors in {@link FeatureNames#ALL} order. */
    public double[] errors() {
        return estimates().stream().mapToDouble(Estimate::error).toArray();
    }

    private List<Estimate> estimates() {
        // the order of FeatureNames.ALL: period, amplitude, a1, a2, a3, r21, r31, phi21, phi31
        return List.of(period, amplitude, a1, a2, a3, r21, r31, phi21, phi31);
    }

    /** Features of our own fit, with its covariance errors, exactly as the models see them at prediction. */
    public static FourierFeatures fromFit(FourierFit fit, String origin, String curveId, String band) {
        Estimate[] f = new Estimate[FeatureNames.ALL.size()];
        for (int j = 0; j < f.length; j++) f[j] = FitFeatures.feature(fit, FeatureNames.ALL.get(j));
        return new FourierFeatures(origin, curveId, band, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                fit.epochsUsed(), fit.phaseCoverage(), fit.signalToNoise(), fit.order(), fit.flags());
    }

    /**
     * Features of a CHR/LIT light-curve fit. Printed-zero errors become {@value #PRINTED_ERROR_FLOOR}; the
     * period gets {@value #PRINTED_PERIOD_ERROR} d; the peak-to-peak amplitude, which has no error in the
     * files, gets √2 σ(A1) (a difference of two model values, each about as uncertain as one amplitude);
     * R21 and R31 get errors propagated from the amplitudes as if independent.
     */
    public static FourierFeatures fromGround(GroundPhotometry p) {
        Estimate a1 = floored(p.a1()), a2 = floored(p.a2()), a3 = floored(p.a3());
        return new FourierFeatures(p.survey(), p.curveId(), GroundPhotometry.BAND,
                new Estimate(p.period(), PRINTED_PERIOD_ERROR),
                new Estimate(p.totalAmplitude(), Math.sqrt(2) * a1.error()), a1, a2, a3,
                ratio(a2, a1), ratio(a3, a1),
                new Estimate(PhaseWindows.phi21(p.phi21().value()), floor(p.phi21().error())),
                new Estimate(PhaseWindows.phi31(p.phi31().value()), floor(p.phi31().error())),
                p.points(), p.phaseCoverage(), p.signalToNoise(), p.order(), Set.of());
    }

    /** A_k/A_1 with σ = √(σ_k² + r² σ_1²) / A_1 (first-order, independent amplitudes). */
    static Estimate ratio(Estimate ak, Estimate a1) {
        double r = ak.value() / a1.value();
        return new Estimate(r, Math.sqrt(ak.error() * ak.error() + r * r * a1.error() * a1.error()) / a1.value());
    }

    private static Estimate floored(Estimate e) {
        return new Estimate(e.value(), floor(e.error()));
    }

    private static double floor(double error) {
        return Double.isNaN(error) ? error : Math.max(error, PRINTED_ERROR_FLOOR);
    }
}
