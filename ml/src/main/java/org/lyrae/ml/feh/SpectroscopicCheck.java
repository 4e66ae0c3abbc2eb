package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.Prediction;

/**
 * Models against spectroscopic [Fe/H] on stars analysed end to end from raw light curves. The
 * networks never saw these stars (they learn from photometric labels of other stars); the Fourier
 * models were calibrated on them, so theirs are the out-of-fold predictions of their own
 * cross-validation (mean over repeats, no σ kept). Interval coverage counts a star when
 * |predicted − spectroscopic| ≤ k·√(σ² + σ_spec²).
 */
public final class SpectroscopicCheck {

    /**
     * @param model        model name
     * @param stars        stars scored
     * @param metrics      RMSE, MAE, bias, R², within ±1σ (NaN without σ)
     * @param within2Sigma fraction within ±2σ (NaN without σ)
     */
    public record Row(String model, int stars, Metrics metrics, double within2Sigma) { }

    private SpectroscopicCheck() {
    }

    /**
     * @param names    stars (names as in the calibration samples' out-of-fold ids)
     * @param x        their features and curve shapes
     * @param feh      spectroscopic [Fe/H]
     * @param fehError its error
     * @param networks estimators to apply
     * @param fourier  the Fourier calibration of these stars' band and type (its out-of-fold predictions), or null
     * @return each network on every star it estimates, then every model on the stars that all of them have
     */
    public static List<Row> run(List<String> names, FeatureTable x, double[] feh, double[] fehError, List<MetallicityEstimator> networks,
                                TypeCalibration fourier) {
        int n = names.size();
        Map<String, double[][]> byModel = new LinkedHashMap<>();
        for (MetallicityEstimator m : networks) {
            Estimates e = m.predict(x);
            byModel.put(m.name(), new double[][] {e.feh(), e.sigma()});
        }
        if (fourier != null) {
            OutOfFold oof = fourier.outOfFold();
            for (Map.Entry<String, double[]> e : oof.predicted().entrySet()) {
                double[] v = new double[n];
                double[] s = new double[n];
                for (int i = 0; i < n; i++) {
                    int j = oof.ids().indexOf(names.get(i));
                    v[i] = j < 0 ? Double.NaN : e.getValue()[j];
                    s[i] = Double.NaN;
                }
                byModel.put(e.getKey() + " (out of fold)", new double[][] {v, s});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (MetallicityEstimator m : networks) rows.add(row(m.name() + " (all)", byModel.get(m.name()), feh, fehError, all(n)));
        boolean[] common = all(n);
        for (double[][] vs : byModel.values()) for (int i = 0; i < n; i++) common[i] &= Double.isFinite(vs[0][i]);
        for (Map.Entry<String, double[][]> e : byModel.entrySet()) rows.add(row(e.getKey(), e.getValue(), feh, fehError, common));
        return rows;
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    private static Row row(String model, double[][] vs, double[] feh, double[] fehError, boolean[] use) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < feh.length; i++) if (use[i] && Double.isFinite(vs[0][i])) idx.add(i);
        int m = idx.size();
        double[] t = new double[m];
        double[] p = new double[m];
        double[] s = new double[m];
        boolean sigma = true;
        int in2 = 0;
        for (int r = 0; r < m; r++) {
            int i = idx.get(r);
            t[r] = feh[i];
            p[r] = vs[0][i];
            s[r] = Math.hypot(vs[1][i], fehError[i]);
            sigma &= Double.isFinite(s[r]);
            if (Math.abs(p[r] - t[r]) <= 2 * s[r]) in2++;
        }
        Metrics metrics = m == 0 ? new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : Metrics.of(t, new Prediction(p, sigma ? s : null));
        return new Row(model, m, metrics, sigma && m > 0 ? (double) in2 / m : Double.NaN);
    }
}
