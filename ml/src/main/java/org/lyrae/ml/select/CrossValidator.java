package org.lyrae.ml.select;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a regressor on a dataset by repeated k-fold cross-validation: each repeat predicts every
 * row once from a model that did not see it, and the metrics are computed on those out-of-fold
 * predictions.
 */
public final class CrossValidator {
    private final RepeatedKFold splits;

    public CrossValidator(RepeatedKFold splits) {
        this.splits = splits;
    }

    public RepeatedKFold splits() {
        return splits;
    }

    public CvResult evaluate(Regressor regressor, Dataset data) {
        int n = data.rows();
        int k = splits.k();
        int[][] folds = splits.assign(data.y());
        double[][] oof = new double[splits.repeats()][n];
        double[][] oofSigma = new double[splits.repeats()][];
        double[] foldRmse = new double[splits.repeats() * k];
        List<Metrics> perRepeat = new ArrayList<>();
        boolean withSigma = true;
        for (int r = 0; r < splits.repeats(); r++) {
            oofSigma[r] = new double[n];
            for (int f = 0; f < k; f++) {
                int[] test = RepeatedKFold.rowsOf(folds[r], f, true);
                int[] train = RepeatedKFold.rowsOf(folds[r], f, false);
                Prediction p;
                try (Regressor.Fitted m = regressor.fit(rows(data.x(), train), take(data.y(), train),
                        data.weights() == null ? null : take(data.weights(), train))) {
                    p = m.predictWithSigma(rows(data.x(), test));
                }
                withSigma &= p.hasSigma();
                double ss = 0;
                for (int t = 0; t < test.length; t++) {
                    oof[r][test[t]] = p.value()[t];
                    oofSigma[r][test[t]] = p.hasSigma() ? p.sigma()[t] : Double.NaN;
                    double e = p.value()[t] - data.y()[test[t]];
                    ss += e * e;
                }
                foldRmse[r * k + f] = Math.sqrt(ss / test.length);
            }
            perRepeat.add(Metrics.of(data.y(), new Prediction(oof[r], withSigma ? oofSigma[r] : null)));
        }
        return new CvResult(regressor.name(), splits, CvSummary.of(perRepeat, foldRmse, k), List.copyOf(perRepeat),
            data.y(), oof, withSigma ? oofSigma : null);
    }

    private static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    private static double[] take(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }
}
