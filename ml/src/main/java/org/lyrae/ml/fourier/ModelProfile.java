package org.lyrae.ml.fourier;

/**
 * The fitted model over one cycle, in the frame where the first harmonic's sine phase is zero, and the
 * properties that need the whole cycle: peak-to-peak amplitude, intensity-averaged magnitude and the epoch of
 * maximum brightness, each with a delta-method error.
 *
 * <p>Shifting time so that φ₁ = 0 turns A_k sin(kx + φ_k) into A_k sin(kx' + φ_k1) with x' = x + φ₁: each
 * (a_k, b_k) pair is rotated by −kφ₁. Quantities that do not depend on the time origin (amplitude, mean
 * intensity) have gradients that rotate back the same way.
 */
final class ModelProfile {

    private static final int NEWTON_STEPS = 4;
    private static final double LN10_04 = 0.4 * Math.log(10);

    /** Model minus A0 at phases j/points, j = 0…points−1, aligned so that φ₁ = 0. */
    final double[] relativeMag;
    /** φ₁ (sine convention) at the model's reference epoch: phase 0 of the profile is at x = −φ₁. */
    final double phi1;
    final Estimate peakToPeak;
    final Estimate intensityMean;
    /** Time of the maximum brightness (minimum magnitude) nearest the reference epoch. */
    final Estimate epochOfMaximum;

    private ModelProfile(double[] relativeMag, double phi1, Estimate peakToPeak, Estimate intensityMean,
                         Estimate epochOfMaximum) {
        this.relativeMag = relativeMag;
        this.phi1 = phi1;
        this.peakToPeak = peakToPeak;
        this.intensityMean = intensityMean;
        this.epochOfMaximum = epochOfMaximum;
    }

    static ModelProfile of(HarmonicModel model, int points) {
        double[] coef = model.coefficients();
        int order = model.order();
        int p = coef.length;
        double phi1 = Math.atan2(coef[2], coef[1]);
        double[] aligned = rotate(coef, order, phi1, false);

        // One pass over the grid: model values and the intensity-weighted mean of the aligned basis.
        double[] relative = new double[points];
        double[] row = new double[p];
        double[] intensityBasis = new double[p];
        double intensitySum = 0;
        int iMin = 0;
        int iMax = 0;
        double step = 2 * Math.PI / points;
        double cs = Math.cos(step);
        double sn = Math.sin(step);
        double c1 = 1;
        double s1 = 0;
        for (int j = 0; j < points; j++) {
            row[0] = 1;
            double s = s1;
            double c = c1;
            double dm = 0;
            for (int k = 1; k <= order; k++) {
                row[2 * k - 1] = s;
                row[2 * k] = c;
                dm += aligned[2 * k - 1] * s + aligned[2 * k] * c;
                double sNext = s * c1 + c * s1;
                c = c * c1 - s * s1;
                s = sNext;
            }
            relative[j] = dm;
            double intensity = Math.exp(-LN10_04 * dm);
            intensitySum += intensity;
            for (int r = 0; r < p; r++) {
                intensityBasis[r] += intensity * row[r];
            }
            if (dm < relative[iMin]) {
                iMin = j;
            }
            if (dm > relative[iMax]) {
                iMax = j;
            }
            double cNext = c1 * cs - s1 * sn;
            s1 = s1 * cs + c1 * sn;
            c1 = cNext;
        }

        // Intensity mean: m_int = A0 − 2.5 log10 <10^(−0.4 Δm)>; ∂m_int/∂β = <I·basis>/<I> (A0: 1).
        for (int r = 0; r < p; r++) {
            intensityBasis[r] /= intensitySum;
        }
        double[] intensityGradient = rotate(intensityBasis, order, phi1, true);
        intensityGradient[0] = 1;
        Estimate intensityMean = new Estimate(coef[0] - 2.5 * Math.log10(intensitySum / points),
                model.error(intensityGradient));

        // Extremes refined by Newton on the derivative, in the original frame x = x' − φ₁.
        double xBright = extremum(coef, order, iMin * step - phi1);
        double xFaint = extremum(coef, order, iMax * step - phi1);
        double[] bright = new double[p];
        double[] faint = new double[p];
        HarmonicBasis.fill(xBright, order, bright, 0);
        HarmonicBasis.fill(xFaint, order, faint, 0);
        double[] amplitudeGradient = new double[p];
        double faintMag = 0;
        double brightMag = 0;
        for (int r = 0; r < p; r++) {
            amplitudeGradient[r] = faint[r] - bright[r];
            faintMag += faint[r] * coef[r];
            brightMag += bright[r] * coef[r];
        }
        Estimate peakToPeak = new Estimate(faintMag - brightMag, model.error(amplitudeGradient));
        return new ModelProfile(relative, PhaseConvention.wrap(phi1), peakToPeak, intensityMean,
                epochOfMaximum(model, coef, order, xBright));
    }

    /**
     * T_max = t0 + x_b/ω with x_b the brightest phase angle taken in [−π, π). Since m'(x_b) = 0,
     * ∂x_b/∂β = −(∂m'(x_b)/∂β)/m''(x_b), and ∂T/∂ω = −x_b/ω².
     */
    private static Estimate epochOfMaximum(HarmonicModel model, double[] coef, int order, double xBright) {
        double x = PhaseConvention.wrap(xBright + Math.PI) - Math.PI;
        double[] d = new double[2];
        HarmonicBasis.derivatives(x, coef, order, d);
        double omega = model.omega();
        double[] g = new double[coef.length + 1];
        for (int k = 1; k <= order; k++) {
            g[2 * k - 1] = -k * Math.cos(k * x) / d[1] / omega;
            g[2 * k] = k * Math.sin(k * x) / d[1] / omega;
        }
        g[coef.length] = -x / (omega * omega);
        return new Estimate(model.referenceEpoch() + x / omega, model.error(g));
    }

    /** Newton iterations on m'(x) = 0 from a grid point; falls back to the start if they wander. */
    private static double extremum(double[] coef, int order, double x0) {
        double[] d = new double[2];
        double x = x0;
        for (int i = 0; i < NEWTON_STEPS; i++) {
            HarmonicBasis.derivatives(x, coef, order, d);
            if (d[1] == 0) {
                break;
            }
            x -= d[0] / d[1];
        }
        return Math.abs(x - x0) < Math.PI / order ? x : x0;
    }

    /**
     * Rotates each (a_k, b_k) pair by −kφ (to the aligned frame) or by +kφ (back, for gradients, which
     * transform with the transpose of the same orthogonal rotation).
     */
    private static double[] rotate(double[] v, int order, double phi, boolean back) {
        double[] out = v.clone();
        for (int k = 1; k <= order; k++) {
            double c = Math.cos(k * phi);
            double s = back ? -Math.sin(k * phi) : Math.sin(k * phi);
            double a = v[2 * k - 1];
            double b = v[2 * k];
            out[2 * k - 1] = a * c + b * s;
            out[2 * k] = b * c - a * s;
        }
        return out;
    }
}
