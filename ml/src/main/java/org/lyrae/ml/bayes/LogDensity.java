package org.lyrae.ml.bayes;

/** An unnormalised log probability density, what the ensemble sampler explores. */
@FunctionalInterface
interface LogDensity {

    /** Log density at {@code theta}, up to a constant; {@code -Infinity} (or NaN) where the density is zero. */
    double at(double[] theta);
}
