package org.lyrae.ml.fourier;

/**
 * Amplitudes, phases and their ratios/differences from the sine–cosine coefficients, with errors by the delta
 * method (first-order propagation through the covariance). With a_k sin kx + b_k cos kx = A_k sin(kx + φ_k):
 * A_k = hypot(a_k, b_k), φ_k = atan2(b_k, a_k) in the sine convention.
 */
final class HarmonicTerms {

    private HarmonicTerms() {
    }

    static Estimate amplitude(HarmonicModel model, double[] coef, int k) {
        double a = coef[2 * k - 1];
        double b = coef[2 * k];
        double amp = Math.hypot(a, b);
        double[] g = new double[2 * k + 1];
        g[2 * k - 1] = a / amp;
        g[2 * k] = b / amp;
        return new Estimate(amp, model.error(g));
    }

    /** φ_k, sine convention, at the model's reference epoch. */
    static Estimate sinePhase(HarmonicModel model, double[] coef, int k) {
        double a = coef[2 * k - 1];
        double b = coef[2 * k];
        double a2 = a * a + b * b;
        double[] g = new double[2 * k + 1];
        g[2 * k - 1] = -b / a2;
        g[2 * k] = a / a2;
        return new Estimate(PhaseConvention.wrap(Math.atan2(b, a)), model.error(g));
    }

    /** R_k1 = A_k / A_1; undefined (NaN) beyond the model's order. */
    static Estimate amplitudeRatio(HarmonicModel model, double[] coef, int k) {
        if (k > model.order()) {
            return Estimate.UNDEFINED;
        }
        double a1 = coef[1];
        double b1 = coef[2];
        double ak = coef[2 * k - 1];
        double bk = coef[2 * k];
        double amp1 = Math.hypot(a1, b1);
        double ampK = Math.hypot(ak, bk);
        double r = ampK / amp1;
        double[] g = new double[2 * k + 1];
        g[1] = -r * a1 / (amp1 * amp1);
        g[2] = -r * b1 / (amp1 * amp1);
        g[2 * k - 1] = ak / (ampK * amp1);
        g[2 * k] = bk / (ampK * amp1);
        return new Estimate(r, model.error(g));
    }

    /** φ_k1 = φ_k − kφ_1 in the sine convention, wrapped to [0, 2π); undefined (NaN) beyond the model's order. */
    static Estimate sinePhaseDifference(HarmonicModel model, double[] coef, int k) {
        if (k > model.order()) {
            return Estimate.UNDEFINED;
        }
        double a1 = coef[1];
        double b1 = coef[2];
        double ak = coef[2 * k - 1];
        double bk = coef[2 * k];
        double p1 = a1 * a1 + b1 * b1;
        double pk = ak * ak + bk * bk;
        double[] g = new double[2 * k + 1];
        g[1] = k * b1 / p1;
        g[2] = -k * a1 / p1;
        g[2 * k - 1] = -bk / pk;
        g[2 * k] = ak / pk;
        double phi = Math.atan2(bk, ak) - k * Math.atan2(b1, a1);
        return new Estimate(PhaseConvention.wrap(phi), model.error(g));
    }

    /** ψ_k1, the Gaia DR3 cosine convention, from the sine-convention difference. */
    static Estimate cosinePhaseDifference(Estimate sine, int k) {
        if (Double.isNaN(sine.value())) {
            return Estimate.UNDEFINED;
        }
        return new Estimate(PhaseConvention.sineToCosine(k, sine.value()), sine.error());
    }
}
