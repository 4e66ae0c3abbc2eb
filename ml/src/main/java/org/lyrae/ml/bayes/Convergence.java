package org.lyrae.ml.bayes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How trustworthy a run is, per parameter in original units, with the judgement against
 * {@link ConvergenceCriteria}. Serialised with Jackson, the record also writes {@code converged},
 * {@code problems} and {@code message} for a human reading the file; they are recomputed, not read,
 * when it is loaded.
 *
 * @param parameters names, in the order of the arrays
 * @param acceptance mean fraction of stretch moves accepted after burn-in, over all walkers of all ensembles
 * @param tau        integrated autocorrelation time per parameter, in stored steps
 * @param ess        effective sample size per parameter: all stored draws divided by {@code tau}
 * @param rHat       split-R-hat per parameter across the independent ensembles
 * @param steps      stored steps per walker
 * @param walkers    walkers per ensemble
 * @param ensembles  independent ensembles
 * @param criteria   the thresholds judged against
 */
@JsonIgnoreProperties(value = {"converged", "problems", "message"}, allowGetters = true)
public record Convergence(List<String> parameters, double acceptance, double[] tau, double[] ess, double[] rHat,
                          int steps, int walkers, int ensembles, ConvergenceCriteria criteria) {

    public Convergence {
        parameters = List.copyOf(parameters);
    }

    @JsonProperty("converged")
    public boolean converged() {
        return problems().isEmpty();
    }

    /** What is wrong, one sentence per failed criterion; empty when converged. */
    @JsonProperty("problems")
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!(acceptance >= criteria.minAcceptance() && acceptance <= criteria.maxAcceptance()))
            out.add(format("mean acceptance fraction %.3f is outside %.2f–%.2f: the walkers are %s", acceptance,
                    criteria.minAcceptance(), criteria.maxAcceptance(),
                    acceptance < criteria.minAcceptance() ? "stuck (multimodal or badly started posterior?)" : "taking tiny steps"));
        for (int d = 0; d < parameters.size(); d++)
            if (!(rHat[d] <= criteria.maxRHat()))
                out.add(format("split-R-hat of %s is %.4f (> %.3f): the ensembles disagree", parameters.get(d), rHat[d], criteria.maxRHat()));
        int worst = worstTau();
        double needed = criteria.minStepsPerTau() * tau[worst];
        if (!(steps >= needed))
            out.add(format("chains of %d stored steps are shorter than %.0f autocorrelation times (τ = %.1f steps for %s): keep at least %.0f steps",
                    steps, criteria.minStepsPerTau(), tau[worst], parameters.get(worst), Math.ceil(needed)));
        return out;
    }

    /** One line for logs: the verdict and either the key numbers or every problem. */
    @JsonProperty("message")
    public String message() {
        List<String> problems = problems();
        if (!problems.isEmpty()) return "not converged: " + String.join("; ", problems) + ". Run longer (more steps or burn-in).";
        double maxRHat = 1;
        for (double r : rHat) maxRHat = Math.max(maxRHat, r);
        return format("converged: acceptance %.3f, max split-R-hat %.4f, chains %.0f autocorrelation times long, min ESS %.0f",
                acceptance, maxRHat, steps / tau[worstTau()], min(ess));
    }

    private int worstTau() {
        int worst = 0;
        for (int d = 1; d < tau.length; d++) if (!(tau[d] <= tau[worst])) worst = d;
        return worst;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) m = Math.min(m, x);
        return m;
    }

    private static String format(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
