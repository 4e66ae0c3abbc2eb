package org.lyrae.ml.feh;

import java.util.List;
import org.lyrae.ml.xgb.XgbParams;
import org.lyrae.ml.xgb.XgbRegressor;

/**
 * XGBoost, trained: the mean and quantile boosters (as XGBoost's own UBJSON bytes, with the σ
 * calibration factor inside the quantile model), the selected features, their ranges and the
 * hyper-parameters chosen by nested cross-validation. Saved as JSON (bytes in base64).
 */
public record XgbEstimator(List<String> features, FeatureRanges ranges, XgbParams params, byte[] meanModel,
                           byte[] sigmaModel) implements MetallicityEstimator {

    public static final String NAME = "xgboost";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Estimates predict(FeatureTable x) {
        double[][] rows = FeatureRows.values(x, features);
        Boosters b = Boosters.of(this);
        double[] feh = b.mean().predict(rows);
        double[] sigma = b.spread().predictWithSigma(rows).sigma();
        String[] flags = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            flags[i] = ranges.flag(rows[i]);
            // trees would answer for a missing feature too (NaN is "missing" to XGBoost); do not let them
            if (flags[i] != null && flags[i].startsWith("MISSING_FEATURE")) {
                feh[i] = Double.NaN;
                sigma[i] = Double.NaN;
            }
        }
        return new Estimates(feh, sigma, flags);
    }

    /** Loaded boosters, kept per estimator instance (loading costs milliseconds, predicting microseconds). */
    record Boosters(XgbRegressor mean, XgbRegressor spread) {
        private static final java.util.Map<XgbEstimator, Boosters> LOADED =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        static Boosters of(XgbEstimator e) {
            return LOADED.computeIfAbsent(e, k -> new Boosters(XgbRegressor.fromBytes(k.meanModel()),
                    XgbRegressor.fromBytes(k.sigmaModel())));
        }
    }
}
