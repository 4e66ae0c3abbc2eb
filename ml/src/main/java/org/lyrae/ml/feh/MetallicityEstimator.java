package org.lyrae.ml.feh;

import java.util.List;

/**
 * A trained model that turns features into [Fe/H] ± σ: the one interface behind which the Bayesian
 * linear relation, XGBoost and the light-curve networks plug in.
 */
public interface MetallicityEstimator {

    /** Short name used in column names and artifacts: {@code bayes}, {@code xgboost}, {@code lstm}, … */
    String name();

    /** The features it reads, by {@link FeatureNames} name. */
    List<String> features();

    /** One estimate per row of {@code x}; rows it cannot handle get NaN and a flag, never an exception. */
    Estimates predict(FeatureTable x);
}
