package org.lyrae.ml.select;

/**
 * Predicted values with their 1-sigma uncertainties.
 *
 * @param value one prediction per row
 * @param sigma one uncertainty per row, or null when the model gives none
 */
public record Prediction(double[] value, double[] sigma) {

    public Prediction {
        if (sigma != null && sigma.length != value.length) {
            throw new IllegalArgumentException("sigma has " + sigma.length + " values for " + value.length + " predictions");
        }
    }

    public boolean hasSigma() {
        return sigma != null;
    }
}
