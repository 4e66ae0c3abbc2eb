package org.lyrae.ml.bayes;

/**
 * The priors, stated on the standardised scale on which the model is sampled (each feature and the
 * target centred on their means and divided by their standard deviations), so that "broad" means
 * the same whatever the units of the catalogue:
 * <ul>
 *   <li>intercept and slopes: independent {@code N(0, coefficientSd²)}; with the default 10, a slope
 *       of 10 would move the target by ten of its standard deviations per standard deviation of the
 *       feature, far beyond any plausible relation, so the data dominate. In original units the
 *       slope prior of feature j is {@code N(0, (coefficientSd·s_y/s_j)²)};</li>
 *   <li>intrinsic scatter: half-Cauchy with scale {@code scatterScale} (standardised units; default
 *       1, the target's own spread), weakly informative: nearly flat below the scale, a heavy tail
 *       above it (Gelman 2006). Sampled as {@code ln σ_int}, so the density carries the Jacobian
 *       {@code σ}: {@code ln p(t) = t − ln(1 + e^{2t}/S²) + const}, proper in both directions.</li>
 * </ul>
 *
 * @param coefficientSd standard deviation of the normal prior on intercept and slopes (standardised)
 * @param scatterScale  scale of the half-Cauchy prior on the intrinsic scatter (standardised)
 */
public record Priors(double coefficientSd, double scatterScale) {

    public Priors {
        if (!(coefficientSd > 0) || !Double.isFinite(coefficientSd))
            throw new IllegalArgumentException("coefficientSd must be positive and finite, got " + coefficientSd);
        if (!(scatterScale > 0) || !Double.isFinite(scatterScale))
            throw new IllegalArgumentException("scatterScale must be positive and finite, got " + scatterScale);
    }

    /** Normal(0, 10²) coefficients, half-Cauchy(1) scatter, both on the standardised scale. */
    public static Priors defaults() {
        return new Priors(10, 1);
    }

    /** Log prior density (up to a constant) of one coefficient. */
    double logCoefficient(double b) {
        double r = b / coefficientSd;
        return -0.5 * r * r;
    }

    /** Log prior density (up to a constant) of {@code t = ln σ_int}, Jacobian included. */
    double logLnScatter(double t) {
        double s = 2 * (t - Math.log(scatterScale));
        // ln(1 + e^s) without overflow for large s
        double log1pExp = s > 30 ? s : Math.log1p(Math.exp(s));
        return t - log1pExp;
    }
}
