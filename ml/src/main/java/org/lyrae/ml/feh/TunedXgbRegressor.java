package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.select.CrossValidator;
import org.lyrae.ml.select.Dataset;
import org.lyrae.ml.select.RepeatedKFold;
import org.lyrae.ml.select.Regressor;
import org.lyrae.ml.xgb.XgbParams;
import org.lyrae.ml.xgb.XgbRegressorAdapter;

/**
 * XGBoost whose hyper-parameters are chosen on its own training rows by an inner cross-validation
 * over a small grid, then fitted with σ. Cross-validating this regressor is nested
 * cross-validation: the held-out fold never takes part in choosing the parameters.
 */
record TunedXgbRegressor(long seed) implements Regressor {
    /** Shallow trees, two learning rates, two lengths: a few hundred stars support no more. */
    static List<XgbParams> grid(long seed) {
        List<XgbParams> g = new ArrayList<>();
        for (int depth : new int[] {2, 3}) {
            for (double eta : new double[] {0.03, 0.1}) {
                for (int rounds : new int[] {150, 400}) g.add(new XgbParams(depth, eta, rounds, 0.8, 1.0, 1.0, 1.0, seed));
            }
        }
        return g;
    }

    /** The grid point with the lowest inner cross-validated RMSE on these rows. */
    XgbParams tune(double[][] x, double[] y) {
        CrossValidator inner = new CrossValidator(new RepeatedKFold(3, 1, seed + 1, true));
        Dataset d = Dataset.unnamed(x, y, null);
        XgbParams best = null;
        double bestRmse = Double.POSITIVE_INFINITY;
        for (XgbParams p : grid(seed)) {
            double rmse = inner.evaluate(new XgbRegressorAdapter(p, false), d).summary().mean().rmse();
            if (rmse < bestRmse) {
                bestRmse = rmse;
                best = p;
            }
        }
        return best;
    }

    @Override
    public Fitted fit(double[][] x, double[] y, double[] weights) {
        return new XgbWithSigmaRegressor(tune(x, y)).fit(x, y, weights);
    }

    @Override
    public String name() {
        return "xgboost";
    }
}
