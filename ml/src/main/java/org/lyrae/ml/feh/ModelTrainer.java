package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.bayes.BayesianLinearFit;
import org.lyrae.ml.bayes.BayesianLinearModel;
import org.lyrae.ml.bayes.PredictiveMoments;
import org.lyrae.ml.bayes.ProgressListener;
import org.lyrae.ml.select.ConstantRegressor;
import org.lyrae.ml.select.CrossValidator;
import org.lyrae.ml.select.CvResult;
import org.lyrae.ml.select.Dataset;
import org.lyrae.ml.select.FTest;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.MutualInformation;
import org.lyrae.ml.select.OrdinaryLeastSquares;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.Regressor;
import org.lyrae.ml.select.RepeatedKFold;
import org.lyrae.ml.select.SelectKBest;
import org.lyrae.ml.select.SelectionResult;
import org.lyrae.ml.select.SequentialFeatureSelector;
import org.lyrae.ml.xgb.XgbParams;
import org.lyrae.ml.xgb.XgbRegressor;
import org.lyrae.ml.xgb.XgbRegressorAdapter;

/**
 * Calibrates the Fourier-parameter models of one sample:
 * <ol>
 * <li>candidates: the features known for every star of the sample;</li>
 * <li>feature selection by SelectKBest (F-test, mutual information) and sequential forward and
 *     backward selection, each scored by repeated k-fold CV of the linear model and of XGBoost;
 *     the linear relation uses the forward selection scored by the linear model, XGBoost the
 *     forward selection scored by XGBoost (the others are reported beside them);</li>
 * <li>repeated k-fold CV (stratified by [Fe/H]) of the Bayesian relation with its errors, of
 *     XGBoost tuned by an inner CV (so nested), of their adopted combination and of a constant;</li>
 * <li>final fits on all stars; XGBoost's σ scaled by the out-of-fold calibration factor.</li>
 * </ol>
 */
public final class ModelTrainer {

    /** Told of each stage, for a progress bar. */
    public interface Progress {
        void stage(int done, int total, String what);

        Progress NONE = (d, t, w) -> { };
    }

    private static final int STAGES = 7;

    private final TrainingSettings settings;

    public ModelTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public TypeCalibration train(TrainingSample sample, Progress progress) {
        String what = sample.band() + " " + sample.type();
        List<String> candidates = candidates(sample);
        RepeatedKFold splits = new RepeatedKFold(settings.folds(), settings.repeats(), settings.seed(), true);
        RepeatedKFold selectionSplits = new RepeatedKFold(settings.folds(), 2, settings.seed() + 7, true);
        Dataset all = new Dataset(candidates, sample.rows(candidates), sample.feh(), null);

        progress.stage(0, STAGES, what + ": feature selection, linear model");
        List<SelectionResult> selections = new ArrayList<>();
        Regressor ols = new OrdinaryLeastSquares();
        Regressor trees = new XgbRegressorAdapter(new XgbParams(3, 0.1, 150, 0.8, 1.0, 1.0, 1.0, settings.seed()), false);
        selections.addAll(selectAll(ols, selectionSplits, all));
        progress.stage(1, STAGES, what + ": feature selection, XGBoost");
        selections.addAll(selectAll(trees, selectionSplits, all));
        List<String> linearFeatures = pick(selections, "sfs/forward", ols.name());
        List<String> treeFeatures = pick(selections, "sfs/forward", trees.name());

        CrossValidator cv = new CrossValidator(splits);
        Map<String, ModelMetrics> metrics = new LinkedHashMap<>();
        Map<String, double[][]> oofValue = new LinkedHashMap<>();
        Map<String, double[][]> oofSigma = new LinkedHashMap<>();
        CvResult constant = cv.evaluate(new ConstantRegressor(), all);
        metrics.put("constant", ModelMetrics.of(constant.perRepeat()));

        BayesEstimator bayes = null;
        if (settings.trains(BayesEstimator.NAME)) {
            progress.stage(2, STAGES, what + ": cross-validating the Bayesian relation on " + linearFeatures);
            Dataset packed = new Dataset(ErrorCarryingRows.names(linearFeatures), ErrorCarryingRows.pack(sample.rows(linearFeatures),
                    sample.errorRows(linearFeatures), sample.fehError()), sample.feh(), null);
            CvResult r = cv.evaluate(new BayesRegressor(settings.bayesInCv()), packed);
            metrics.put(BayesEstimator.NAME, ModelMetrics.of(r.perRepeat()));
            oofValue.put(BayesEstimator.NAME, r.outOfFold());
            oofSigma.put(BayesEstimator.NAME, r.outOfFoldSigma());
            progress.stage(3, STAGES, what + ": sampling the Bayesian relation's posterior");
            bayes = fitBayes(sample, linearFeatures);
        }
        XgbEstimator xgb = null;
        if (settings.trains(XgbEstimator.NAME)) {
            progress.stage(4, STAGES, what + ": nested cross-validation of XGBoost on " + treeFeatures);
            Dataset d = new Dataset(treeFeatures, sample.rows(treeFeatures), sample.feh(), null);
            CvResult r = cv.evaluate(new TunedXgbRegressor(settings.seed()), d);
            double scale = r.sigmaScale();
            double[][] scaled = scaleAll(r.outOfFoldSigma(), scale);
            metrics.put(XgbEstimator.NAME, ModelMetrics.of(perRepeat(sample.feh(), r.outOfFold(), scaled)));
            oofValue.put(XgbEstimator.NAME, r.outOfFold());
            oofSigma.put(XgbEstimator.NAME, scaled);
            progress.stage(5, STAGES, what + ": fitting XGBoost on all stars");
            xgb = fitXgb(sample, treeFeatures, scale);
        }
        progress.stage(6, STAGES, what + ": adopted values");
        if (oofValue.size() > 1) metrics.put("adopted", ModelMetrics.of(adoptedPerRepeat(sample.feh(), oofValue, oofSigma)));
        progress.stage(STAGES, STAGES, what + ": done");
        return new TypeCalibration(sample.band(), sample.type(), sample.size(), candidates, selections, metrics, bayes, xgb,
                outOfFold(sample, oofValue));
    }

    /** Features known (finite) for every star of the sample. */
    static List<String> candidates(TrainingSample s) {
        List<String> out = new ArrayList<>();
        for (String f : s.features().names()) {
            boolean complete = true;
            for (double v : s.features().column(f)) complete &= Double.isFinite(v);
            if (complete) out.add(f);
        }
        return out;
    }

    private static List<SelectionResult> selectAll(Regressor model, RepeatedKFold splits, Dataset d) {
        List<SelectionResult> out = new ArrayList<>();
        out.add(new SelectKBest(new FTest(), model, splits).select(d));
        out.add(new SelectKBest(new MutualInformation(3, splits.seed()), model, splits).select(d));
        out.add(new SequentialFeatureSelector(SequentialFeatureSelector.Direction.FORWARD, model, splits).select(d));
        out.add(new SequentialFeatureSelector(SequentialFeatureSelector.Direction.BACKWARD, model, splits).select(d));
        return out;
    }

    private static List<String> pick(List<SelectionResult> selections, String method, String model) {
        return selections.stream().filter(s -> s.method().equals(method) && s.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + method + " selection for " + model)).selected();
    }

    private BayesEstimator fitBayes(TrainingSample s, List<String> features) {
        double[][] x = s.rows(features);
        BayesianLinearFit fit = BayesianLinearModel.fit(x, s.errorRows(features), s.feh(), s.fehError(), settings.bayesFinal(),
                ProgressListener.NONE);
        return new BayesEstimator(features, FeatureRanges.of(x, features), PredictiveMoments.of(fit.draws()), fit.summary(),
                fit.convergence());
    }

    private XgbEstimator fitXgb(TrainingSample s, List<String> features, double sigmaScale) {
        double[][] x = s.rows(features);
        XgbParams params = new TunedXgbRegressor(settings.seed()).tune(x, s.feh());
        try (XgbRegressor mean = XgbRegressor.train(x, s.feh(), null, params);
             XgbRegressor spread = XgbRegressor.trainWithSigma(x, s.feh(), null, params)) {
            spread.scaleSigma(sigmaScale);
            return new XgbEstimator(features, FeatureRanges.of(x, features), params, mean.toBytes(), spread.toBytes());
        }
    }

    private static double[][] scaleAll(double[][] sigma, double scale) {
        double[][] out = new double[sigma.length][];
        for (int r = 0; r < sigma.length; r++) {
            out[r] = sigma[r].clone();
            for (int i = 0; i < out[r].length; i++) out[r][i] *= scale;
        }
        return out;
    }

    private static List<Metrics> perRepeat(double[] truth, double[][] value, double[][] sigma) {
        List<Metrics> out = new ArrayList<>();
        for (int r = 0; r < value.length; r++) out.add(Metrics.of(truth, new Prediction(value[r], sigma[r])));
        return out;
    }

    /** The adoption rule applied to the out-of-fold estimates of each repeat. */
    private static List<Metrics> adoptedPerRepeat(double[] truth, Map<String, double[][]> value, Map<String, double[][]> sigma) {
        List<Metrics> out = new ArrayList<>();
        int repeats = value.values().iterator().next().length;
        for (int r = 0; r < repeats; r++) {
            Map<String, Estimates> each = new LinkedHashMap<>();
            for (String m : value.keySet()) {
                each.put(m, new Estimates(value.get(m)[r], sigma.get(m)[r], new String[truth.length]));
            }
            Estimates a = AdoptionRule.adopt(each, truth.length);
            out.add(Metrics.of(truth, new Prediction(a.feh(), a.sigma())));
        }
        return out;
    }

    private static OutOfFold outOfFold(TrainingSample s, Map<String, double[][]> value) {
        Map<String, double[]> mean = new LinkedHashMap<>();
        for (Map.Entry<String, double[][]> e : value.entrySet()) {
            double[] m = new double[s.size()];
            for (double[] rep : e.getValue()) for (int i = 0; i < m.length; i++) m[i] += rep[i] / e.getValue().length;
            mean.put(e.getKey(), m);
        }
        double[] period = s.features().names().contains(FeatureNames.PERIOD) ? s.features().column(FeatureNames.PERIOD)
                : new double[s.size()];
        return new OutOfFold(s.ids(), s.feh(), period, mean);
    }
}
