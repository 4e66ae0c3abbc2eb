package org.lyrae.ml.feh;

import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.Regressor;
import org.lyrae.ml.xgb.XgbParams;
import org.lyrae.ml.xgb.XgbRegressor;

/**
 * XGBoost as the project uses it: the value from a model of the mean (squared error; more accurate
 * than the quantile median at a few hundred stars) and σ from a model of the 16/84 % quantiles,
 * whose out-of-fold calibration factor is applied afterwards.
 */
record XgbWithSigmaRegressor(XgbParams params) implements Regressor {

    @Override
    public Pair fit(double[][] x, double[] y, double[] weights) {
        return new Pair(XgbRegressor.train(x, y, weights, params), XgbRegressor.trainWithSigma(x, y, weights, params));
    }

    @Override
    public String name() {
        return "xgboost";
    }

    /** The two boosters of one fit. */
    record Pair(XgbRegressor mean, XgbRegressor spread) implements Fitted {
        @Override
        public double[] predict(double[][] x) {
            return mean.predict(x);
        }

        @Override
        public Prediction predictWithSigma(double[][] x) {
            return new Prediction(mean.predict(x), spread.predictWithSigma(x).sigma());
        }

        @Override
        public void close() {
            mean.close();
            spread.close();
        }
    }
}
