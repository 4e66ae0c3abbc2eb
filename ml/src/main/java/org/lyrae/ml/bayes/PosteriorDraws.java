package org.lyrae.ml.bayes;

import java.util.List;

/**
 * A thinned set of posterior draws in original units, for saving and for anything the summary
 * does not answer (other intervals, derived quantities, plots).
 *
 * @param parameters   names: {@code c0..cp} then {@code sigma_int}
 * @param coefficients {@code coefficients[draw]} = {@code (c0, c1..cp)}
 * @param scatter      {@code scatter[draw]} = {@code σ_int}
 */
public record PosteriorDraws(List<String> parameters, double[][] coefficients, double[] scatter) {

    public PosteriorDraws {
        parameters = List.copyOf(parameters);
        if (coefficients.length != scatter.length)
            throw new IllegalArgumentException(coefficients.length + " coefficient draws but " + scatter.length + " scatter draws");
        if (coefficients.length == 0) throw new IllegalArgumentException("no draws");
    }

    /** {@code count} draws spread over all of {@code posterior} (all of it if it holds fewer). */
    static PosteriorDraws thinned(Posterior posterior, List<String> names, int count) {
        int n = Math.min(count, posterior.size());
        int dim = posterior.dim();
        double[][] coefficients = new double[n][dim - 1];
        double[] scatter = new double[n];
        double[] draw = new double[dim];
        for (int i = 0; i < n; i++) {
            posterior.draw(posterior.spreadIndex(i, n), draw);
            System.arraycopy(draw, 0, coefficients[i], 0, dim - 1);
            scatter[i] = draw[dim - 1];
        }
        return new PosteriorDraws(names, coefficients, scatter);
    }

    public int size() {
        return scatter.length;
    }

    /**
     * Predictive mean and σ by averaging over these draws: {@code σ² = Var_draws[μ] + mean_draws[σ_int² + Σ c_j² σ_xj²]}.
     * {@code O(draws)} per star: meant for checking {@link PredictiveMoments#predict}, which gives the
     * same answer from the moments and is hundreds of times faster.
     */
    public Prediction predict(double[][] x, double[][] xErr) {
        int p = coefficients[0].length - 1;
        InputChecks.checkPredict(x, xErr, p);
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double m = 0;
            double m2 = 0;
            double noise = 0;
            for (int s = 0; s < scatter.length; s++) {
                double[] c = coefficients[s];
                double mu = c[0];
                double v = scatter[s] * scatter[s];
                for (int j = 0; j < p; j++) {
                    mu += c[j + 1] * x[i][j];
                    v += c[j + 1] * c[j + 1] * xErr[i][j] * xErr[i][j];
                }
                double d = mu - m;
                m += d / (s + 1);
                m2 += d * (mu - m);
                noise += (v - noise) / (s + 1);
            }
            mean[i] = m;
            sigma[i] = Math.sqrt(m2 / scatter.length + noise);
        }
        return new Prediction(mean, sigma);
    }

    /** These draws as a {@link DrawSource}, {@code (c0..cp, σ_int)} per draw. */
    DrawSource source() {
        return new DrawSource() {
            @Override
            public int size() {
                return scatter.length;
            }

            @Override
            public int dim() {
                return coefficients[0].length + 1;
            }

            @Override
            public void draw(int index, double[] out) {
                System.arraycopy(coefficients[index], 0, out, 0, coefficients[index].length);
                out[coefficients[index].length] = scatter[index];
            }
        };
    }
}
