package org.lyrae.ml.bayes;

import java.util.Random;

/**
 * Synthetic RR Lyrae with a known metallicity relation shaped like Jurcsik &amp; Kovács (1996):
 * {@code [Fe/H] = c0 + c1·P + c2·φ31}, true features correlated as in real samples, per-star
 * feature and target errors, and intrinsic scatter. Feature errors are kept small against the
 * features' spread (reliability ≈ 0.99), the regime where the fit's errors-in-variables
 * approximation holds; with larger errors its slopes are diluted (see the package documentation).
 * Public for the benchmark in {@code bench}.
 */
public final class SimulatedStars {
    public static final double[] COEFFICIENTS = {-5.038, -5.394, 1.345};
    public static final double SCATTER = 0.15;
    /** Truth in the order of the fit's parameters: c0, c1, c2, sigma_int. */
    public static final double[] TRUTH = {COEFFICIENTS[0], COEFFICIENTS[1], COEFFICIENTS[2], SCATTER};

    /**
     * @param x      observed features {@code (P, φ31)}
     * @param xErr   their errors
     * @param y      measured metallicities
     * @param yErr   their errors
     * @param yTrue  true metallicities (relation plus intrinsic scatter, no measurement error)
     */
    public record Sample(double[][] x, double[][] xErr, double[] y, double[] yErr, double[] yTrue) {
        public int size() {
            return y.length;
        }
    }

    private SimulatedStars() {}

    /** Realistic stars: φ31 spread 0.4 rad about the period trend, φ31 errors 0.01–0.06 rad. */
    public static Sample draw(int n, long seed) {
        return draw(n, seed, 0.40, 0.01, 0.06);
    }

    /**
     * @param phiSpread  standard deviation of the true φ31 about its trend with period
     * @param phiErrMin  smallest φ31 error (errors uniform between the two)
     * @param phiErrMax  largest φ31 error
     */
    public static Sample draw(int n, long seed, double phiSpread, double phiErrMin, double phiErrMax) {
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        double[][] xErr = new double[n][2];
        double[] y = new double[n];
        double[] yErr = new double[n];
        double[] yTrue = new double[n];
        for (int i = 0; i < n; i++) {
            double period = 0.45 + 0.30 * rng.nextDouble();
            double phi31 = 5.1 + 2.0 * (period - 0.6) + phiSpread * rng.nextGaussian();
            double[] truth = {period, phi31};
            xErr[i][0] = 0.0005 + 0.0025 * rng.nextDouble();
            xErr[i][1] = phiErrMin + (phiErrMax - phiErrMin) * rng.nextDouble();
            double mean = COEFFICIENTS[0];
            for (int j = 0; j < 2; j++) {
                mean += COEFFICIENTS[j + 1] * truth[j];
                x[i][j] = truth[j] + xErr[i][j] * rng.nextGaussian();
            }
            yTrue[i] = mean + SCATTER * rng.nextGaussian();
            yErr[i] = 0.05 + 0.10 * rng.nextDouble();
            y[i] = yTrue[i] + yErr[i] * rng.nextGaussian();
        }
        return new Sample(x, xErr, y, yErr, yTrue);
    }
}
