package org.lyrae.ml.select;

import java.util.Comparator;
import java.util.List;

/**
 * Picks a feature set from a selection curve: the smallest set whose mean cross-validated RMSE
 * is within one standard error of the lowest one (Hastie, Tibshirani and Friedman, The Elements of
 * Statistical Learning, section 7.10). Sets that are better only by noise are not worth their
 * extra features: fewer features generalise better to the catalogue and are easier to explain.
 */
final class OneStandardErrorRule {
    static final String DESCRIPTION = "smallest feature set with mean CV RMSE <= lowest mean CV RMSE + its standard error"
        + " (one-standard-error rule; standard error = sd of fold RMSEs / sqrt(k))";

    private OneStandardErrorRule() {
    }

    static CurvePoint choose(List<CurvePoint> curve) {
        CurvePoint best = curve.stream().min(Comparator.comparingDouble(CurvePoint::rmse)).orElseThrow();
        double limit = best.rmse() + best.cv().rmseStdErr();
        return curve.stream().filter(c -> c.rmse() <= limit)
            .min(Comparator.comparingInt(CurvePoint::size).thenComparingDouble(CurvePoint::rmse)).orElseThrow();
    }
}
