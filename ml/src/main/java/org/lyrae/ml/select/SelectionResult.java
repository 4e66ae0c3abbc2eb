package org.lyrae.ml.select;

import java.util.List;

/**
 * What a feature selector chose and why, for the training report (Jackson writes and reads it).
 *
 * @param method   {@code select_k_best/f_regression}, {@code sfs/forward}, ...
 * @param model    the regressor whose cross-validated RMSE decided
 * @param splits   the cross-validation splits
 * @param rule     how the set was picked from the curve, in words
 * @param selected the chosen features
 * @param scores   univariate scores of every feature, best first (empty for sequential selection)
 * @param curve    cross-validated score of every feature set tried along the path, by size
 */
public record SelectionResult(String method, String model, RepeatedKFold splits, String rule, List<String> selected,
                              List<FeatureScore> scores, List<CurvePoint> curve) {

    public SelectionResult {
        selected = List.copyOf(selected);
        scores = List.copyOf(scores);
        curve = List.copyOf(curve);
    }

    /** The curve point of the chosen set. */
    public CurvePoint chosen() {
        return curve.stream().filter(c -> c.features().equals(selected)).findFirst().orElseThrow();
    }
}
