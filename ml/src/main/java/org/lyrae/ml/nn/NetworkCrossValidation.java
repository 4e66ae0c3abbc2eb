package org.lyrae.ml.nn;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.feh.CurveShape;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.RepeatedKFold;

/**
 * k-fold cross-validation of a network, which also trains the ensemble that is kept: for each fold,
 * a network is trained on the other folds (less a stratified part held out for early stopping) and
 * predicts its fold. The out-of-fold predictions give the metrics; the k networks together predict
 * new stars.
 *
 * <p>σ calibration: an out-of-fold residual has the variance of one network's error; the ensemble
 * mean has that less most of the networks' disagreement. So σ₀² = (out-of-fold MSE) − (mean spread²
 * of the k networks over the training stars), floored at a quarter of the MSE (the spread over
 * stars a network has seen is smaller than over new ones, so this errs on the wide side); a new
 * star's σ² = σ₀² + its own spread².
 */
public final class NetworkCrossValidation {

    /** Told of every epoch of every fold. */
    public interface Progress {
        void epoch(int fold, int folds, int epoch, int maxEpochs, double trainLoss, double validationRmse);

        Progress NONE = (f, k, e, m, l, v) -> { };
    }

    /**
     * @param estimator     the ensemble of the k fold networks, calibrated
     * @param metrics       out-of-fold metrics (within ±1σ with each star's calibrated σ)
     * @param oofPredicted  out-of-fold prediction of each star
     * @param oofSigma      the σ the ensemble quotes for it
     * @param fold          each star's fold
     * @param folds         how each fold's training went
     * @param seconds       wall time of the whole cross-validation
     */
    public record Result(NetworkEstimator estimator, Metrics metrics, double[] oofPredicted, double[] oofSigma, int[] fold,
                         List<FoldSummary> folds, double seconds) { }

    /** One fold's network: its epochs and its validation and test RMSE. */
    public record FoldSummary(int fold, int trainStars, int testStars, int bestEpoch, int epochsRun, double validationRmse,
                              double testRmse, double secondsPerEpoch) { }

    private NetworkCrossValidation() {
    }

    public static Result run(CurveData data, NetworkSettings s, Device device, Progress progress) {
        long start = System.nanoTime();
        int n = data.size();
        int k = s.folds();
        int[] fold = new RepeatedKFold(k, 1, s.seed(), true).assign(data.feh())[0];
        double[] oof = new double[n];
        List<TrainedNetwork> members = new ArrayList<>();
        List<FoldSummary> summaries = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = rows(fold, f, true);
            CurveData rest = data.subset(rows(fold, f, false));
            int[] split = earlyStoppingSplit(rest.feh(), s.validationFraction(), s.seed() + f);
            CurveData train = rest.subset(rows(split, 1, false));
            CurveData validation = rest.subset(rows(split, 1, true));
            double[] weights = s.densityWeighting() ? DensityWeights.of(train.feh()) : null;
            int ff = f;
            TrainedNetwork t = NetworkTrainer.train(train, validation, weights, s.withSeed(s.seed() + 1000L * f), device,
                    (e, m, l, v) -> progress.epoch(ff, k, e, m, l, v));
            members.add(t);
            CurveData testData = data.subset(test);
            double ss = 0;
            try (LoadedNetwork net = LoadedNetwork.load(s, data.points(), t, device)) {
                double[] p = net.predict(testData.curves());
                for (int i = 0; i < test.length; i++) {
                    oof[test[i]] = p[i];
                    ss += (p[i] - testData.feh()[i]) * (p[i] - testData.feh()[i]);
                }
            }
            summaries.add(new FoldSummary(f, train.size(), test.length, t.bestEpoch(), t.epochsRun(), t.validationRmse(),
                    Math.sqrt(ss / test.length), t.secondsPerEpoch()));
        }
        double[] range = amplitudeRange(data.curves());
        NetworkEstimator provisional = new NetworkEstimator(s.architecture(), s, data.points(), members, 0, range[0], range[1]);
        double[] spread = provisional.ensemble(data.curves())[1];
        double mse = 0;
        double spread2 = 0;
        for (int i = 0; i < n; i++) {
            mse += (oof[i] - data.feh()[i]) * (oof[i] - data.feh()[i]);
            spread2 += spread[i] * spread[i];
        }
        mse /= n;
        spread2 /= n;
        double base = Math.sqrt(Math.max(mse - spread2, 0.25 * mse));
        NetworkEstimator estimator = new NetworkEstimator(s.architecture(), s, data.points(), members, base, range[0], range[1]);
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) sigma[i] = Math.sqrt(base * base + spread[i] * spread[i]);
        Metrics metrics = Metrics.of(data.feh(), new Prediction(oof, sigma));
        return new Result(estimator, metrics, oof, sigma, fold, summaries, (System.nanoTime() - start) / 1e9);
    }

    /** Rows whose label in {@code assignment} is (or is not) {@code which}. */
    static int[] rows(int[] assignment, int which, boolean equal) {
        int c = 0;
        for (int a : assignment) if ((a == which) == equal) c++;
        int[] out = new int[c];
        int j = 0;
        for (int i = 0; i < assignment.length; i++) if ((assignment[i] == which) == equal) out[j++] = i;
        return out;
    }

    /** 1 for the stratified part held out for early stopping, 0 for the rest. */
    static int[] earlyStoppingSplit(double[] feh, double fraction, long seed) {
        int parts = Math.max(2, (int) Math.round(1 / fraction));
        int[] f = new RepeatedKFold(parts, 1, seed, true).assign(feh)[0];
        int[] out = new int[f.length];
        for (int i = 0; i < f.length; i++) out[i] = f[i] == 0 ? 1 : 0;
        return out;
    }

    /** The amplitudes a network has seen, widened by 10 % of the range each side. */
    static double[] amplitudeRange(float[][] curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[] c : curves) {
            double a = CurveShape.amplitude(c);
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        double margin = 0.1 * (hi - lo);
        return new double[] {lo - margin, hi + margin};
    }
}
