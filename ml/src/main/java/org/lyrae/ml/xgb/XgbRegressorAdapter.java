package org.lyrae.ml.xgb;

import org.lyrae.ml.select.Regressor;

/**
 * XGBoost as a {@link Regressor}, so that cross-validation and feature selection can refit it.
 *
 * @param params    hyper-parameters of every fit
 * @param withSigma fit the ±1-sigma quantiles too ({@link XgbRegressor#trainWithSigma}), so that
 *                  cross-validation reports the fraction of stars within ±1 sigma
 */
public record XgbRegressorAdapter(XgbParams params, boolean withSigma) implements Regressor {

    @Override
    public XgbRegressor fit(double[][] x, double[] y, double[] weights) {
        return withSigma ? XgbRegressor.trainWithSigma(x, y, weights, params) : XgbRegressor.train(x, y, weights, params);
    }

    @Override
    public String name() {
        return withSigma ? "xgboost-quantile" : "xgboost";
    }
}
