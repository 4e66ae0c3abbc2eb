package org.lyrae.ml.feh;

import java.util.List;
import java.util.Map;
import org.lyrae.ml.select.SelectionResult;

/**
 * Everything calibrated for one band and pulsation type: the feature selections (every method, for
 * both models), the cross-validated metrics of each model, of the adopted value and of a constant
 * predictor, the trained estimators, and the out-of-fold predictions for the plots.
 */
public record TypeCalibration(String band, String type, int stars, List<String> candidates, List<SelectionResult> selections,
                              Map<String, ModelMetrics> metrics, BayesEstimator bayes, XgbEstimator xgboost, OutOfFold outOfFold) {
}
