package org.lyrae.ml.fourier;

/**
 * Conversions between the two Fourier phase conventions in use for RR Lyrae.
 *
 * <ul>
 *   <li><b>Sine</b> (lcfit, most ground-based literature, the CHR/LIT and {@code *_param.dat} files):
 *       m(t) = A0 + Σ A_k sin(kωt + φ_k). RRab have φ31 ≈ 5.0–5.5 rad.</li>
 *   <li><b>Cosine</b> (Gaia DR3 {@code phi21_g}, {@code phi31_g}):
 *       m(t) = A0 + Σ A_k cos(kωt + ψ_k). RRab have ψ31 ≈ 1.6–3.1 rad.</li>
 * </ul>
 *
 * <p>Since sin(u) = cos(u − π/2), each harmonic's phase is ψ_k = φ_k − π/2, so the epoch-free differences
 * ψ_k1 = ψ_k − kψ_1 = φ_k − π/2 − kφ_1 + kπ/2 = φ_k1 + (k−1)π/2. Hence ψ21 = φ21 + π/2 and ψ31 = φ31 + π
 * (mod 2π): φ31 differs by π, φ21 by π/2 only. Amplitudes and amplitude ratios are the same in both.
 * All phases here are wrapped to [0, 2π).
 */
public final class PhaseConvention {

    private static final double TWO_PI = 2 * Math.PI;

    private PhaseConvention() {
    }

    /** Wraps an angle to [0, 2π). */
    public static double wrap(double angle) {
        double w = angle % TWO_PI;
        if (w < 0) {
            w += TWO_PI;
        }
        return w >= TWO_PI ? 0 : w;
    }

    /** ψ_k1 (cosine, Gaia DR3) from φ_k1 (sine, lcfit), for harmonic k ≥ 2. */
    public static double sineToCosine(int k, double phiK1Sine) {
        return wrap(phiK1Sine + (k - 1) * Math.PI / 2);
    }

    /** φ_k1 (sine, lcfit) from ψ_k1 (cosine, Gaia DR3), for harmonic k ≥ 2. */
    public static double cosineToSine(int k, double phiK1Cosine) {
        return wrap(phiK1Cosine - (k - 1) * Math.PI / 2);
    }

    /** Smallest absolute difference between two angles, in [0, π]. */
    public static double angularDistance(double a, double b) {
        double d = wrap(a - b);
        return Math.min(d, TWO_PI - d);
    }
}
