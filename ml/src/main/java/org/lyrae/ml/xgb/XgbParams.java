package org.lyrae.ml.xgb;

import java.util.HashMap;
import java.util.Map;

/**
 * XGBoost hyper-parameters that Lyrae tunes. Everything else is fixed for reproducibility:
 * {@code tree_method=hist}, one thread ({@code nthread=1}: the same trees whatever the machine,
 * and parallelism belongs to the caller, one star batch per core), warnings only.
 *
 * @param maxDepth       maximum tree depth ({@code max_depth})
 * @param eta            learning rate ({@code eta})
 * @param rounds         number of boosting rounds (trees per output)
 * @param subsample      fraction of rows sampled per tree, (0, 1]
 * @param colsample      fraction of columns sampled per tree ({@code colsample_bytree}), (0, 1]
 * @param minChildWeight minimum sum of hessian (of weights, for squared error) in a leaf
 * @param lambda         L2 regularisation of leaf weights
 * @param seed           seed of the row and column sampling
 */
public record XgbParams(int maxDepth, double eta, int rounds, double subsample, double colsample,
                        double minChildWeight, double lambda, long seed) {

    public XgbParams {
        if (maxDepth < 1 || rounds < 1 || !(eta > 0) || !(subsample > 0 && subsample <= 1)
                || !(colsample > 0 && colsample <= 1) || !(minChildWeight >= 0) || !(lambda >= 0)) {
            throw new IllegalArgumentException("invalid XGBoost parameters: " + this);
        }
    }

    /** Shallow trees and a slow learning rate: sensible for a few hundred calibration stars. */
    public static XgbParams defaults() {
        return new XgbParams(3, 0.05, 300, 0.8, 1.0, 1.0, 1.0, 0);
    }

    public XgbParams withSeed(long newSeed) {
        return new XgbParams(maxDepth, eta, rounds, subsample, colsample, minChildWeight, lambda, newSeed);
    }

    public XgbParams withRounds(int newRounds) {
        return new XgbParams(maxDepth, eta, newRounds, subsample, colsample, minChildWeight, lambda, seed);
    }

    /** The booster's parameter map for the given objective parameters. */
    Map<String, Object> booster(Map<String, Object> objective) {
        Map<String, Object> p = new HashMap<>(objective);
        p.put("max_depth", maxDepth);
        p.put("eta", eta);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsample);
        p.put("min_child_weight", minChildWeight);
        p.put("lambda", lambda);
        p.put("seed", seed);
        p.put("tree_method", "hist");
        p.put("nthread", 1);
        p.put("verbosity", 1);
        return p;
    }
}
