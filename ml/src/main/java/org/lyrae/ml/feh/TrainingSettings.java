package org.lyrae.ml.feh;

import java.util.Set;
import org.lyrae.ml.bayes.FitSettings;

/**
 * How models are calibrated: the repeated k-fold splits of every cross-validation, the sampler
 * settings of the Bayesian fits inside cross-validation (shorter) and of the final fit, and which
 * models to train.
 */
public record TrainingSettings(int folds, int repeats, long seed, FitSettings bayesInCv, FitSettings bayesFinal,
                               Set<String> models) {

    public static final Set<String> ALL_MODELS = Set.of(BayesEstimator.NAME, XgbEstimator.NAME);

    public static TrainingSettings defaults() {
        return new TrainingSettings(5, 5, 20261125L, FitSettings.defaults().withEnsembles(2).withSteps(300, 1200),
                FitSettings.defaults(), ALL_MODELS);
    }

    public TrainingSettings withModels(Set<String> which) {
        return new TrainingSettings(folds, repeats, seed, bayesInCv, bayesFinal, Set.copyOf(which));
    }

    public TrainingSettings withRepeats(int n) {
        return new TrainingSettings(folds, n, seed, bayesInCv, bayesFinal, models);
    }

    public boolean trains(String model) {
        return models.contains(model);
    }
}
