package org.lyrae.ml.select;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Weighted linear least squares with an intercept: the baseline every other model has to beat,
 * and a fast model for feature selection. Columns are centred on their weighted means and the
 * system is solved by SVD, so collinear or constant columns (a fold where a feature does not
 * vary) give the minimum-norm solution instead of failing.
 */
public final class OrdinaryLeastSquares implements Regressor {

    /** A fitted linear model; reports can print its coefficients. */
    public record Model(double intercept, double[] coefficients) implements Fitted {
        @Override
        public double[] predict(double[][] x) {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double s = intercept;
                for (int j = 0; j < coefficients.length; j++) {
                    s += coefficients[j] * x[i][j];
                }
                out[i] = s;
            }
            return out;
        }
    }

    @Override
    public String name() {
        return "ols";
    }

    @Override
    public Model fit(double[][] x, double[] y, double[] weights) {
        int n = y.length;
        int p = n == 0 ? 0 : x[0].length;
        double yMean = Stats.mean(y, weights);
        if (p == 0) {
            return new Model(yMean, new double[0]);
        }
        double[] xMean = new double[p];
        for (int j = 0; j < p; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[i][j];
            }
            xMean[j] = Stats.mean(col, weights);
        }
        double[][] a = new double[n][p];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double sw = weights == null ? 1 : Math.sqrt(weights[i]);
            for (int j = 0; j < p; j++) {
                a[i][j] = sw * (x[i][j] - xMean[j]);
            }
            b[i] = sw * (y[i] - yMean);
        }
        RealVector beta = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
            .solve(new ArrayRealVector(b, false));
        double intercept = yMean;
        double[] coef = beta.toArray();
        for (int j = 0; j < p; j++) {
            intercept -= coef[j] * xMean[j];
        }
        return new Model(intercept, coef);
    }
}
