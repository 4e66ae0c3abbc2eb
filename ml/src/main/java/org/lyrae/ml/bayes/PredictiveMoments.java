package org.lyrae.ml.bayes;

/**
 * The posterior moments that the predictive distribution of a new star depends on, so that a
 * catalogue can be predicted in closed form, without looping over draws.
 *
 * <p>For a star with features {@code x} and feature errors {@code σ_x}, write {@code x̃ = (1, x)}
 * and {@code c̃ = (c0, c)}. Given one posterior draw, the star's true target is distributed with mean
 * {@code μ = c̃·x̃} and variance {@code σ_int² + Σ_j c_j² σ_xj²} (the fit's errors-in-variables
 * approximation). By the laws of total expectation and variance over the posterior:
 * <pre>
 *   E[y]   = m·x̃                                             m = E[c̃]
 *   Var[y] = Var[μ] + E[σ_int² + Σ_j c_j² σ_xj²]
 *          = x̃ᵀ S x̃ + E[σ_int²] + Σ_j (m_j² + S_jj) σ_xj²     S = Cov[c̃], E[c_j²] = m_j² + S_jj
 * </pre>
 * which is exact for any posterior (only its first two moments enter), costs {@code O(p²)} per star,
 * and agrees with averaging over draws up to the Monte Carlo error of those draws. It predicts the
 * true target, intrinsic scatter included; add a measurement's own error in quadrature to compare
 * with a measured value.
 *
 * @param coefficientMean       {@code m}, posterior mean of {@code (c0, c1..cp)}
 * @param coefficientCovariance {@code S}, their posterior covariance
 * @param meanScatterSquared    {@code E[σ_int²]}
 */
public record PredictiveMoments(double[] coefficientMean, double[][] coefficientCovariance, double meanScatterSquared) {

    /** Moments of a set of saved draws (e.g. loaded from a file). */
    public static PredictiveMoments of(PosteriorDraws draws) {
        return of(draws.source());
    }

    /** Moments of all draws, by Welford's one-pass updates (stable when means dwarf spreads). */
    static PredictiveMoments of(DrawSource draws) {
        int k = draws.dim() - 1;
        double[] draw = new double[k + 1];
        double[] mean = new double[k];
        double[] delta = new double[k];
        double[][] comoment = new double[k][k];
        double meanS2 = 0;
        for (int i = 0; i < draws.size(); i++) {
            draws.draw(i, draw);
            double count = i + 1;
            for (int a = 0; a < k; a++) {
                delta[a] = draw[a] - mean[a];
                mean[a] += delta[a] / count;
            }
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) comoment[a][b] += delta[a] * (draw[b] - mean[b]);
            double s2 = draw[k] * draw[k];
            meanS2 += (s2 - meanS2) / count;
        }
        for (double[] row : comoment)
            for (int b = 0; b < k; b++) row[b] /= draws.size();
        return new PredictiveMoments(mean, comoment, meanS2);
    }

    /** Number of features the moments describe. */
    public int features() {
        return coefficientMean.length - 1;
    }

    /**
     * Predictive mean and σ for each star; {@code x[i][j]} and {@code xErr[i][j]} as in the fit.
     * A star with a non-finite feature gets NaN, so a catalogue with gaps goes through in one call.
     *
     * @throws IllegalArgumentException if the arrays disagree in shape with each other or the model,
     *                                  or an error is negative
     */
    public Prediction predict(double[][] x, double[][] xErr) {
        int p = features();
        InputChecks.checkPredict(x, xErr, p);
        double[] m = coefficientMean;
        double[][] s = coefficientCovariance;
        double[] slopeSq = new double[p];   // E[c_j²]
        for (int j = 0; j < p; j++) slopeSq[j] = m[j + 1] * m[j + 1] + s[j + 1][j + 1];
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            double[] ei = xErr[i];
            double mu = m[0];
            double var = meanScatterSquared + s[0][0];
            for (int a = 0; a < p; a++) {
                double xa = xi[a];
                mu += m[a + 1] * xa;
                double[] row = s[a + 1];
                double cross = row[0];
                for (int b = 0; b < a; b++) cross += row[b + 1] * xi[b];
                var += xa * (2 * cross + row[a + 1] * xa) + slopeSq[a] * ei[a] * ei[a];
            }
            mean[i] = mu;
            sigma[i] = Math.sqrt(var);
        }
        return new Prediction(mean, sigma);
    }
}
