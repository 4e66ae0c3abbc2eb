package org.lyrae.ml.select;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one repeated k-fold cross-validation produced, for the training report and residual
 * plots.
 *
 * @param model          the regressor's name
 * @param folds          the splits used
 * @param summary        mean and spread of the metrics over repeats
 * @param perRepeat      metrics of each repeat, computed on that repeat's pooled out-of-fold predictions
 * @param truth          the targets, one per row
 * @param outOfFold      out-of-fold prediction of every row, {@code [repeat][row]}
 * @param outOfFoldSigma their sigmas, or null when the model gives none
 */
public record CvResult(String model, RepeatedKFold folds, CvSummary summary, List<Metrics> perRepeat, double[] truth,
                       double[][] outOfFold, double[][] outOfFoldSigma) {

    /** The 1-sigma fraction of a Gaussian, in percent. */
    private static final double ONE_SIGMA_PERCENT = 68.26894921370859;

    /**
     * The factor by which the model's sigmas must be multiplied for 68.3% of out-of-fold errors to
     * fall within ±sigma: the 68.3rd percentile of |prediction - truth| / sigma over all repeats.
     * Models whose sigmas come from fits to the training rows (quantile boosting) are too
     * confident out of sample; this corrects them without assuming anything about the model.
     * NaN when the model gives no sigma.
     */
    public double sigmaScale() {
        if (outOfFoldSigma == null) {
            return Double.NaN;
        }
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < outOfFold.length; r++) {
            for (int i = 0; i < truth.length; i++) {
                if (outOfFoldSigma[r][i] > 0) {
                    ratios.add(Math.abs(outOfFold[r][i] - truth[i]) / outOfFoldSigma[r][i]);
                }
            }
        }
        return ratios.isEmpty() ? Double.NaN
            : Stats.percentile(ratios.stream().mapToDouble(Double::doubleValue).toArray(), ONE_SIGMA_PERCENT);
    }
}
