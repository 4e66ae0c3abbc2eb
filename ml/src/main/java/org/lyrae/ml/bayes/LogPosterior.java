package org.lyrae.ml.bayes;

/**
 * The posterior of the linear model on the standardised scale, parameters
 * {@code θ = (b0, b1..bp, ln τ)}.
 *
 * <p>Likelihood of star i: {@code u_i ~ N(b0 + Σ b_j z_ij, σ_u,i² + Σ b_j² σ_zj,i² + τ²)}. This is
 * the usual errors-in-variables ("effective variance") approximation: the observed features stand
 * in for the true ones, and their errors are propagated linearly into the variance. It is what one
 * gets by integrating out each star's true features under a flat prior, and assumes independent
 * Gaussian feature errors. It ignores how the true features are distributed in the sample (Kelly
 * 2007's structural model), so slopes are reliable only while feature errors are small compared
 * with the spread of the features; otherwise they are diluted towards zero. Priors: see
 * {@link Priors}.
 */
final class LogPosterior implements LogDensity {
    private final StandardData data;
    private final Priors priors;

    LogPosterior(StandardData data, Priors priors) {
        this.data = data;
        this.priors = priors;
    }

    /** Number of parameters: intercept, one slope per feature, and the log scatter. */
    int dim() {
        return data.p() + 2;
    }

    @Override
    public double at(double[] theta) {
        int p = data.p();
        double lnTau = theta[p + 1];
        double logPrior = priors.logLnScatter(lnTau);
        for (int j = 0; j <= p; j++) logPrior += priors.logCoefficient(theta[j]);
        return logPrior + logLikelihood(theta, Math.exp(2 * lnTau));
    }

    private double logLikelihood(double[] theta, double tau2) {
        int p = data.p();
        double[] z = data.z();
        double[] zVar = data.zVar();
        double[] u = data.u();
        double[] uVar = data.uVar();
        double b0 = theta[0];
        double chi2 = 0;
        double logDet = 0;
        double product = 1; // of variances, logged only when it nears the double range: one log per ~dozens of stars
        for (int i = 0, base = 0; i < u.length; i++, base += p) {
            double mu = b0;
            double v = tau2 + uVar[i];
            for (int j = 0; j < p; j++) {
                double b = theta[j + 1];
                mu += b * z[base + j];
                v += b * b * zVar[base + j];
            }
            double r = u[i] - mu;
            chi2 += r * r / v;
            if (v > 1e-100 && v < 1e100) {
                product *= v;
                if (product > 1e200 || product < 1e-200) {
                    logDet += Math.log(product);
                    product = 1;
                }
            } else {
                logDet += Math.log(v);
            }
        }
        return -0.5 * (chi2 + logDet + Math.log(product));
    }
}
