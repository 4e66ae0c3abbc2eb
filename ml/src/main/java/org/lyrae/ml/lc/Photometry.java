package org.lyrae.ml.lc;

import java.util.Locale;

/**
 * Flux to magnitude, with the Gaia (E)DR3 zero points. These are the full-precision Vega zero points
 * of Riello et al. (2021), which the Gaia archive uses for its epoch magnitudes: the rounded values
 * quoted in the documentation (25.6874, 25.3385, 24.7479) differ from them by up to 3.3e-5 mag, which the
 * project's Gaia CSVs ({@code mag} = -2.5 log10 {@code flux} + 25.6873668671, checked on all 2,869 rows)
 * show.
 */
public final class Photometry {

    /** Gaia G zero point (Vega), mag: G = -2.5 log10(flux [e-/s]) + ZP; ± 0.0028. */
    public static final double GAIA_G_ZERO_POINT = 25.6873668671;
    /** Gaia BP zero point (Vega), mag; ± 0.0028. */
    public static final double GAIA_BP_ZERO_POINT = 25.3385422158;
    /** Gaia RP zero point (Vega), mag; ± 0.0038. */
    public static final double GAIA_RP_ZERO_POINT = 24.7478955012;
    /** 2.5 / ln 10: magnitude error per relative flux error. */
    public static final double MAG_PER_RELATIVE_FLUX = 2.5 / Math.log(10);

    private Photometry() {
    }

    /** The zero point of a Gaia band ({@code G}, {@code BP}, {@code RP}, any case), or NaN for other bands. */
    public static double gaiaZeroPoint(String band) {
        if (band == null) return Double.NaN;
        switch (band.strip().toUpperCase(Locale.ROOT)) {
            case "G": return GAIA_G_ZERO_POINT;
            case "BP": return GAIA_BP_ZERO_POINT;
            case "RP": return GAIA_RP_ZERO_POINT;
            default: return Double.NaN;
        }
    }

    /** {@code -2.5 log10(flux) + zeroPoint}; NaN for zero, negative or non-finite flux. */
    public static double magnitude(double flux, double zeroPoint) {
        return flux > 0 && Double.isFinite(flux) ? -2.5 * Math.log10(flux) + zeroPoint : Double.NaN;
    }

    /** Magnitude error from a flux and its error: 2.5/ln10 × σF/F (first order). */
    public static double magnitudeError(double flux, double fluxError) {
        return MAG_PER_RELATIVE_FLUX * fluxError / flux;
    }

    /** Magnitude error from a flux signal-to-noise ratio F/σF (Gaia's {@code flux_over_error}). */
    public static double magnitudeErrorFromSnr(double fluxOverError) {
        return MAG_PER_RELATIVE_FLUX / fluxOverError;
    }
}
