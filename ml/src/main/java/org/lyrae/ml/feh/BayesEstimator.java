package org.lyrae.ml.feh;

import java.util.List;
import org.lyrae.ml.bayes.Convergence;
import org.lyrae.ml.bayes.PosteriorSummary;
import org.lyrae.ml.bayes.PredictiveMoments;

/**
 * The Bayesian linear relation, trained: posterior predictive mean and σ from the posterior's
 * moments (closed form, no draws needed at prediction), with the posterior summary and the
 * sampler's convergence kept for the report. A record of plain data, saved as JSON.
 *
 * @param features    the selected features, in coefficient order
 * @param ranges      their calibration ranges
 * @param moments     posterior moments of the coefficients and of the intrinsic scatter
 * @param summary     median and 16/84 % of each coefficient and of the scatter
 * @param convergence the sampler's diagnostics
 */
public record BayesEstimator(List<String> features, FeatureRanges ranges, PredictiveMoments moments, PosteriorSummary summary,
                             Convergence convergence) implements MetallicityEstimator {

    public static final String NAME = "bayes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Estimates predict(FeatureTable x) {
        double[][] rows = FeatureRows.values(x, features);
        double[][] errs = FeatureRows.errors(x, features);
        org.lyrae.ml.bayes.Prediction p = moments.predict(rows, errs);
        String[] flags = new String[rows.length];
        double[] feh = p.mean().clone();
        double[] sigma = p.sigma().clone();
        for (int i = 0; i < rows.length; i++) {
            flags[i] = ranges.flag(rows[i]);
            if (flags[i] != null && flags[i].startsWith("MISSING_FEATURE")) {
                feh[i] = Double.NaN;
                sigma[i] = Double.NaN;
            }
        }
        return new Estimates(feh, sigma, flags);
    }
}
