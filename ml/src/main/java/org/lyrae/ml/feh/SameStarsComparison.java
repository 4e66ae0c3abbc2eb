package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.bayes.FitSettings;
import org.lyrae.ml.select.CrossValidator;
import org.lyrae.ml.select.CvResult;
import org.lyrae.ml.select.Dataset;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.RepeatedKFold;
import org.lyrae.ml.xgb.XgbParams;
import org.lyrae.ml.xgb.XgbRegressorAdapter;

/**
 * The Fourier-parameter models on a network's own training stars, labels and folds: the Bayesian
 * linear relation (with the fits' feature errors) and XGBoost, cross-validated with the same
 * stratified k-fold split the network used, on the shape features that folded curves have (every
 * feature but the period). Stars lacking one of them (order below 3) are left out, and the network
 * is scored on the same remaining stars, so that every row of the comparison is the same stars.
 */
public final class SameStarsComparison {
    /** Features a folded curve (no period) gives. */
    public static final List<String> SHAPE_FEATURES = List.of(FeatureNames.AMPLITUDE, FeatureNames.A1, FeatureNames.A2,
            FeatureNames.A3, FeatureNames.R21, FeatureNames.R31, FeatureNames.PHI21, FeatureNames.PHI31);

    /**
     * @param stars   stars compared (complete shape features)
     * @param of      stars of the network's sample
     * @param metrics model → out-of-fold metrics on those stars
     */
    public record Result(int stars, int of, Map<String, Metrics> metrics) { }

    private SameStarsComparison() {
    }

    /**
     * @param features   the network's training stars' Fourier features (rows as in {@code feh})
     * @param feh        their labels
     * @param networkOof each network's out-of-fold predictions (and σ), by name
     * @param k          folds of the networks' cross-validation
     * @param seed       its seed (the split is {@code new RepeatedKFold(k, 1, seed, true).assign(feh)})
     */
    public static Result run(FeatureTable features, double[] feh, Map<String, Prediction> networkOof, int k, long seed) {
        int n = feh.length;
        double[][] x = FeatureRows.values(features, SHAPE_FEATURES);
        double[][] xErr = FeatureRows.errors(features, SHAPE_FEATURES);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (double v : x[i]) ok &= Double.isFinite(v);
            if (ok) keep.add(i);
        }
        int m = keep.size();
        double[][] xs = new double[m][];
        double[][] es = new double[m][];
        double[] y = new double[m];
        for (int r = 0; r < m; r++) {
            xs[r] = x[keep.get(r)];
            es[r] = xErr[keep.get(r)];
            y[r] = feh[keep.get(r)];
        }
        // the networks' split, but over the kept stars: refolded with the same rule and seed on them
        CrossValidator cv = new CrossValidator(new RepeatedKFold(k, 1, seed, true));
        Map<String, Metrics> out = new LinkedHashMap<>();
        for (Map.Entry<String, Prediction> e : networkOof.entrySet()) {
            double[] v = new double[m];
            double[] s = e.getValue().hasSigma() ? new double[m] : null;
            for (int r = 0; r < m; r++) {
                v[r] = e.getValue().value()[keep.get(r)];
                if (s != null) s[r] = e.getValue().sigma()[keep.get(r)];
            }
            out.put(e.getKey(), Metrics.of(y, new Prediction(v, s)));
        }
        Dataset packed = new Dataset(ErrorCarryingRows.names(SHAPE_FEATURES), ErrorCarryingRows.pack(xs, es, null), y, null);
        CvResult bayes = cv.evaluate(new BayesRegressor(FitSettings.defaults().withEnsembles(2).withSteps(300, 1200)), packed);
        out.put(BayesEstimator.NAME, bayes.perRepeat().get(0));
        CvResult xgb = cv.evaluate(new XgbRegressorAdapter(XgbParams.defaults(), false), new Dataset(SHAPE_FEATURES, xs, y, null));
        out.put(XgbEstimator.NAME, xgb.perRepeat().get(0));
        double mean = 0;
        for (double v : y) mean += v / m;
        double[] c = new double[m];
        java.util.Arrays.fill(c, mean);
        out.put("constant", Metrics.of(y, new Prediction(c, null)));
        return new Result(m, n, out);
    }
}
