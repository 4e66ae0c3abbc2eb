package org.lyrae.ml.bayes;

/**
 * When a run counts as converged. The defaults follow common practice for ensemble samplers:
 * acceptance 0.15–0.7 (outside it the stretch move is either stuck or taking tiny steps; emcee's
 * documentation suggests 0.2–0.5), split-R-hat below 1.01 (Vehtari et al. 2021) and a chain at
 * least 50 integrated autocorrelation times long, below which the autocorrelation time itself is
 * not trustworthy (emcee's default tolerance).
 *
 * @param minAcceptance smallest acceptable mean acceptance fraction
 * @param maxAcceptance largest acceptable mean acceptance fraction
 * @param maxRHat       largest acceptable split-R-hat of any parameter
 * @param minStepsPerTau smallest acceptable ratio of stored steps per walker to the autocorrelation time
 */
public record ConvergenceCriteria(double minAcceptance, double maxAcceptance, double maxRHat, double minStepsPerTau) {

    public ConvergenceCriteria {
        if (!(minAcceptance >= 0 && minAcceptance < maxAcceptance && maxAcceptance <= 1))
            throw new IllegalArgumentException("need 0 <= minAcceptance < maxAcceptance <= 1, got "
                    + minAcceptance + ", " + maxAcceptance);
        if (!(maxRHat > 1)) throw new IllegalArgumentException("maxRHat must exceed 1, got " + maxRHat);
        if (!(minStepsPerTau > 0)) throw new IllegalArgumentException("minStepsPerTau must be positive, got " + minStepsPerTau);
    }

    public static ConvergenceCriteria defaults() {
        return new ConvergenceCriteria(0.15, 0.7, 1.01, 50);
    }
}
