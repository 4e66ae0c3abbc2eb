package org.lyrae.ml.bayes;

import java.util.ArrayList;
import java.util.List;

/**
 * The fitted relation {@code [Fe/H] = c0 + Σ c_j x_j} with its intrinsic scatter, in original
 * units, as plain data for saving (Jackson serialises it as it stands).
 *
 * @param coefficients intercept {@code c0} then {@code c1..cp}, {@code c_j} multiplying feature column {@code j−1}
 * @param scatter      the intrinsic scatter {@code σ_int}
 * @param stars        stars fitted
 * @param draws        posterior draws the summary is computed from
 */
public record PosteriorSummary(List<ParameterSummary> coefficients, ParameterSummary scatter, int stars, int draws) {

    public PosteriorSummary {
        coefficients = List.copyOf(coefficients);
    }

    static PosteriorSummary of(Posterior posterior, List<String> names, int stars) {
        int dim = posterior.dim();
        List<ParameterSummary> coefficients = new ArrayList<>(dim - 1);
        for (int d = 0; d < dim - 1; d++) coefficients.add(ParameterSummary.of(names.get(d), posterior.column(d)));
        ParameterSummary scatter = ParameterSummary.of(names.get(dim - 1), posterior.column(dim - 1));
        return new PosteriorSummary(coefficients, scatter, stars, posterior.size());
    }
}
