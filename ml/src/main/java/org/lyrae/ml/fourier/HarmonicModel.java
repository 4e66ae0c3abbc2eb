package org.lyrae.ml.fourier;

/**
 * The fitted model m(t) = A0 + Σ_{k=1..K} [a_k sin(kω(t−t0)) + b_k cos(kω(t−t0))] with its covariance,
 * enough to evaluate, resample or re-derive anything about the fit.
 *
 * @param omega          angular frequency 2π/P, rad/day
 * @param referenceEpoch t0, in the light curve's time system (the weighted mean epoch of the data)
 * @param coefficients   [A0, a₁, b₁, …, a_K, b_K], magnitudes
 * @param covariance     (2K+2)×(2K+2) row-major covariance of [A0, a₁, b₁, …, b_K, ω], already scaled by the
 *                       residuals; the ω row and column are zero when the period was given
 */
public record HarmonicModel(double omega, double referenceEpoch, double[] coefficients, double[] covariance) {

    public HarmonicModel {
        coefficients = coefficients.clone();
        covariance = covariance.clone();
        int p = coefficients.length + 1;
        if (coefficients.length % 2 != 1 || covariance.length != p * p) {
            throw new IllegalArgumentException("need 2K+1 coefficients and a (2K+2)² covariance");
        }
    }

    public int order() {
        return (coefficients.length - 1) / 2;
    }

    public double period() {
        return 2 * Math.PI / omega;
    }

    /** Model magnitude at time {@code t}. */
    public double magnitudeAt(double t) {
        return HarmonicBasis.value(omega * (t - referenceEpoch), coefficients, order());
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[] covariance() {
        return covariance.clone();
    }

    /** Number of rows (and columns) of {@link #covariance()}: the coefficients and ω. */
    int dimension() {
        return coefficients.length + 1;
    }

    /** Variance gᵀ C g of a quantity with gradient {@code g} (shorter gradients are zero-padded). */
    double variance(double[] gradient) {
        int d = dimension();
        double v = 0;
        for (int i = 0; i < gradient.length; i++) {
            if (gradient[i] == 0) {
                continue;
            }
            double s = 0;
            for (int j = 0; j < gradient.length; j++) {
                s += covariance[i * d + j] * gradient[j];
            }
            v += gradient[i] * s;
        }
        return Math.max(v, 0);
    }

    /** One-sigma error of a quantity with gradient {@code g}. */
    double error(double[] gradient) {
        return Math.sqrt(variance(gradient));
    }
}
