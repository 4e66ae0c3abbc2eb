package org.lyrae.ml.feh;

import org.lyrae.ml.fourier.PhaseConvention;

/**
 * Where φ21 and φ31 (sine convention) are wrapped for the calibration features, so that values from
 * lcfit files and from our own fits land on the same branch and a linear relation sees one cloud,
 * not two halves 2π apart: φ21 ∈ [2π, 4π) and φ31 ∈ [π, 3π). RRab (φ21 ≈ 8.4–9.3, φ31 ≈ 4.4–6.5 in
 * G and I) and RRc (φ21 ≈ 9.3–9.9, φ31 ≈ 6.2–7.9) lie well inside. These are the branches lcfit
 * itself printed: every φ21, φ31 of the CHR/LIT and G lcfit files keeps its number except one
 * (V701_Pup φ21 = 12.62 ± 2.80, undetermined, becomes 6.34). Our core's phases, in [0, 2π), get
 * +2π for φ21 and +2π below π for φ31.
 */
public final class PhaseWindows {

    /** Lower end of the φ21 window, rad. */
    public static final double PHI21_LOW = 2 * Math.PI;
    /** Lower end of the φ31 window, rad. */
    public static final double PHI31_LOW = Math.PI;

    private PhaseWindows() {
    }

    /** φ21 wrapped into [2π, 4π); NaN stays NaN. */
    public static double phi21(double phi21) {
        return wrapFrom(phi21, PHI21_LOW);
    }

    /** φ31 wrapped into [π, 3π); NaN stays NaN. */
    public static double phi31(double phi31) {
        return wrapFrom(phi31, PHI31_LOW);
    }

    private static double wrapFrom(double phase, double low) {
        if (!Double.isFinite(phase)) return phase;
        return low + PhaseConvention.wrap(phase - low);
    }
}
