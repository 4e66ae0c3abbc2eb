package org.lyrae.ml.fourier;

/**
 * A measured quantity and its one-sigma uncertainty, so that no value travels without its error.
 *
 * @param value the estimate; NaN only where the owning record documents when it is undefined
 * @param error one-sigma uncertainty; NaN where it was not estimated (e.g. a period that was given)
 */
public record Estimate(double value, double error) {

    static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN);

    @Override
    public String toString() {
        return value + " ± " + error;
    }
}
