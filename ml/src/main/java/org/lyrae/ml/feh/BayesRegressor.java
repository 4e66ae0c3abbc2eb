package org.lyrae.ml.feh;

import org.lyrae.ml.bayes.BayesianLinearFit;
import org.lyrae.ml.bayes.BayesianLinearModel;
import org.lyrae.ml.bayes.FitSettings;
import org.lyrae.ml.bayes.ProgressListener;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.Regressor;

/**
 * The Bayesian linear relation as a {@link Regressor} over {@link ErrorCarryingRows}, so that
 * cross-validation refits it fold by fold with each star's errors. The σ it predicts is for the
 * star's true [Fe/H]; the spectroscopic error is added in quadrature when comparing with a measured
 * value, as cross-validation does.
 */
public record BayesRegressor(FitSettings settings) implements Regressor {

    @Override
    public Fitted fit(double[][] x, double[] y, double[] weights) {
        BayesianLinearFit fit = BayesianLinearModel.fit(ErrorCarryingRows.values(x), ErrorCarryingRows.errors(x), y,
                ErrorCarryingRows.targetErrors(x), settings, ProgressListener.NONE);
        return new Fitted() {
            @Override
            public double[] predict(double[][] rows) {
                return predictWithSigma(rows).value();
            }

            @Override
            public Prediction predictWithSigma(double[][] rows) {
                org.lyrae.ml.bayes.Prediction p = fit.predict(ErrorCarryingRows.values(rows), ErrorCarryingRows.errors(rows));
                double[] yErr = ErrorCarryingRows.targetErrors(rows);
                double[] s = new double[rows.length];
                for (int i = 0; i < s.length; i++) s[i] = Math.hypot(p.sigma()[i], yErr[i]);
                return new Prediction(p.mean(), s);
            }
        };
    }

    @Override
    public String name() {
        return "bayes";
    }
}
