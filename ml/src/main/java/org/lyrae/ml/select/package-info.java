/**
 * Model-agnostic evaluation and feature selection for the metallicity regressors.
 *
 * <h2>Models</h2>
 * A {@link org.lyrae.ml.select.Regressor} fits on rows of features, targets and optional weights
 * and returns a {@link org.lyrae.ml.select.Regressor.Fitted} model, which may also give a 1-sigma
 * uncertainty per prediction. Here: {@link org.lyrae.ml.select.OrdinaryLeastSquares} (weighted,
 * with intercept) and {@link org.lyrae.ml.select.ConstantRegressor} (the weighted mean, the R² = 0
 * reference); XGBoost comes through {@code org.lyrae.ml.xgb.XgbRegressorAdapter}.
 *
 * <h2>Cross-validation</h2>
 * {@link org.lyrae.ml.select.RepeatedKFold} fixes the splits from a seed (optionally stratified by
 * target quantiles); {@link org.lyrae.ml.select.CrossValidator} fits one model per fold and
 * computes {@link org.lyrae.ml.select.Metrics} (RMSE, MAE, bias, R², fraction within ±1 sigma) on
 * each repeat's out-of-fold predictions, then their mean and 2.5–97.5 percentile range over
 * repeats ({@link org.lyrae.ml.select.CvSummary}). The out-of-fold predictions are kept in
 * {@link org.lyrae.ml.select.CvResult} for residual plots.
 * <pre>{@code
 * Dataset d = new Dataset(names, x, feh, weights);
 * CvResult r = new CrossValidator(new RepeatedKFold(5, 10, 42).withStratification())
 *     .evaluate(new OrdinaryLeastSquares(), d);
 * r.summary().mean().rmse();
 * }</pre>
 *
 * <h2>Feature selection</h2>
 * {@link org.lyrae.ml.select.SelectKBest} ranks features by a univariate score,
 * {@link org.lyrae.ml.select.FTest} (linear) or {@link org.lyrae.ml.select.MutualInformation}
 * (k-NN estimate, any relation), and cross-validates the top k for every k.
 * {@link org.lyrae.ml.select.SequentialFeatureSelector} adds (forward) or removes (backward) one
 * feature at a time by cross-validated RMSE. Both record the curve of CV RMSE against the number of
 * features and report the smallest set within one standard error of the best
 * (the one-standard-error rule; standard error = sd of single-fold RMSEs / sqrt(k)). All scores
 * use the same splits, so candidate sets are compared on the same stars.
 * {@link org.lyrae.ml.select.SelectionResult} is a record that Jackson writes to the training
 * report and reads back.
 */
package org.lyrae.ml.select;
