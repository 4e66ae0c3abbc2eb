package org.lyrae.ml.select;

import org.apache.commons.math3.special.Beta;

/**
 * The univariate linear-regression F test (scikit-learn's {@code f_regression}): the Pearson
 * correlation r of feature and target becomes F = r² / (1 - r²) (n - 2) with 1 and n - 2 degrees
 * of freedom. It sees linear relations only; {@link MutualInformation} sees any. A constant
 * feature scores 0 with p = 1.
 */
public final class FTest implements UnivariateScorer {

    @Override
    public String name() {
        return "f_regression";
    }

    @Override
    public FeatureScore score(String feature, double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("the F test needs at least 3 rows, got " + n);
        }
        double r = correlation(x, y);
        if (!Double.isFinite(r)) {
            return new FeatureScore(feature, 0, 1.0);
        }
        double dof = n - 2;
        double r2 = Math.min(r * r, 1);
        double f = r2 >= 1 ? Double.POSITIVE_INFINITY : r2 / (1 - r2) * dof;
        return new FeatureScore(feature, f, pValue(f, dof));
    }

    /** Upper tail of F(1, dof) through the regularized incomplete beta, exact for tiny p values. */
    static double pValue(double f, double dof) {
        if (f == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Beta.regularizedBeta(dof / (dof + f), dof / 2, 0.5);
    }

    static double correlation(double[] x, double[] y) {
        double mx = Stats.mean(x);
        double my = Stats.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
