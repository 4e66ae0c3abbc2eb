package org.lyrae.ml.bayes;

/**
 * Split-R-hat of Gelman et al. (Bayesian Data Analysis, 3rd ed., §11.4): each chain is cut into
 * halves and the between-half variance of the means is compared with the within-half variance.
 * Values near 1 say the chains explore the same distribution; splitting also catches a single chain
 * that is still drifting. Plain (not rank-normalised) form, adequate for the near-Gaussian
 * posteriors of a linear model.
 */
public final class SplitRHat {
    private SplitRHat() {}

    /**
     * @param chains {@code chains[c][t]}: equally long chains of one parameter, in time order, at least 4 draws each
     * @return {@code sqrt(((h−1)/h · W + B/h) / W)} over the {@code 2·chains} halves of length {@code h};
     *         1 for draws that are all equal
     */
    public static double of(double[][] chains) {
        if (chains.length == 0) throw new IllegalArgumentException("no chains");
        int n = chains[0].length;
        if (n < 4) throw new IllegalArgumentException("chains must hold at least 4 draws, got " + n);
        int h = n / 2;
        int halves = 2 * chains.length;
        double[] means = new double[halves];
        double within = 0;
        for (int c = 0; c < chains.length; c++) {
            if (chains[c].length != n) throw new IllegalArgumentException("chain lengths differ: " + n + " and " + chains[c].length);
            for (int s = 0; s < 2; s++) {
                int from = s * (n - h); // drop the middle draw of an odd-length chain
                double mean = 0;
                for (int t = from; t < from + h; t++) mean += chains[c][t];
                mean /= h;
                double var = 0;
                for (int t = from; t < from + h; t++) var += (chains[c][t] - mean) * (chains[c][t] - mean);
                means[2 * c + s] = mean;
                within += var / (h - 1);
            }
        }
        within /= halves;
        double grand = 0;
        for (double m : means) grand += m;
        grand /= halves;
        double betweenOverH = 0;
        for (double m : means) betweenOverH += (m - grand) * (m - grand);
        betweenOverH /= halves - 1;
        if (within == 0) return betweenOverH == 0 ? 1 : Double.POSITIVE_INFINITY;
        return Math.sqrt(((h - 1.0) / h * within + betweenOverH) / within);
    }
}
