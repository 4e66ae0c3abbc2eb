package org.lyrae.ml.select;

/**
 * A learning algorithm that cross-validation and the feature selectors can refit on any subset of
 * rows and columns, whatever the model behind it (least squares, XGBoost, ...).
 */
public interface Regressor {

    /**
     * Fits on one training set. The arrays may be shared with the caller and must not be modified.
     *
     * @param x       rows of features, all of the same length (possibly zero)
     * @param y       targets, one per row
     * @param weights non-negative row weights, or null for equal weights
     */
    Fitted fit(double[][] x, double[] y, double[] weights);

    /** A short name for reports ({@code "ols"}, {@code "xgboost"}); the class name unless overridden. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * A fitted model. Closing it frees native resources where the model holds any (XGBoost);
     * cross-validation closes every model it fits.
     */
    interface Fitted extends AutoCloseable {

        /** One prediction per row. */
        double[] predict(double[][] x);

        /** Predictions with a 1-sigma uncertainty each; models without one give a null sigma. */
        default Prediction predictWithSigma(double[][] x) {
            return new Prediction(predict(x), null);
        }

        @Override
        default void close() {
        }
    }
}
