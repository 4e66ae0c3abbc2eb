package org.lyrae.ml.select;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.special.Gamma;

/**
 * Mutual information between a continuous feature and a continuous target by the k-nearest-
 * neighbour estimator of Kraskov, Stögbauer and Grassberger (2004, their first algorithm), as
 * Ross (2014) and scikit-learn's {@code mutual_info_regression} use it:
 * I = ψ(N) + ψ(k) - ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩, where ε_i is the max-norm distance from point i
 * to its k-th neighbour in the joint space and n_x, n_y count the other points strictly closer
 * than ε_i in each marginal. It sees non-linear relations that the F test misses.
 *
 * <p>Both variables are scaled to unit standard deviation and receive a jitter of 1e-10 of their
 * scale from a seeded generator (as scikit-learn does), which breaks ties between repeated values
 * without changing the estimate; the result is deterministic for a given seed. Negative estimates
 * (noise around zero) are reported as 0. In nats.
 */
public final class MutualInformation implements UnivariateScorer {
    private final int k;
    private final long seed;

    /** k = 3 neighbours, seed 0: scikit-learn's defaults. */
    public MutualInformation() {
        this(3, 0);
    }

    public MutualInformation(int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "mutual_info";
    }

    @Override
    public FeatureScore score(String feature, double[] x, double[] y) {
        return new FeatureScore(feature, estimate(x, y), null);
    }

    /** The estimate in nats, at least 0. */
    public double estimate(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n <= k) {
            throw new IllegalArgumentException("need more than k=" + k + " paired values, got " + n + " and " + y.length);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] xs = standardised(x, rng);
        double[] ys = standardised(y, rng);
        // Points in order of x, so that the neighbour search can stop once |dx| exceeds the k-th distance.
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> xs[i]))
            .mapToInt(Integer::intValue).toArray();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = xs[order[i]];
            py[i] = ys[order[i]];
        }
        double[] ySorted = py.clone();
        Arrays.sort(ySorted);
        double sum = 0;
        double[] nearest = new double[k];
        for (int i = 0; i < n; i++) {
            double eps = kthDistance(px, py, i, nearest);
            sum += Gamma.digamma(closerThan(px, px[i], eps) + 1) + Gamma.digamma(closerThan(ySorted, py[i], eps) + 1);
        }
        double mi = Gamma.digamma(n) + Gamma.digamma(k) - sum / n;
        return Math.max(0, mi);
    }

    /** Unit standard deviation (not centred) plus a tiny seeded jitter that breaks ties. */
    private static double[] standardised(double[] v, SplittableRandom rng) {
        double sd = Stats.sd(v) * Math.sqrt((v.length - 1.0) / v.length);
        double scale = sd > 0 ? sd : 1;
        double meanAbs = 0;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / scale;
            meanAbs += Math.abs(out[i]) / v.length;
        }
        double jitter = 1e-10 * Math.max(1, meanAbs);
        for (int i = 0; i < v.length; i++) {
            out[i] += jitter * rng.nextGaussian();
        }
        return out;
    }

    /**
     * Max-norm distance from point i to its k-th nearest other point. Walks outwards in x order,
     * nearer side first, and stops when the x gap alone reaches the current k-th distance.
     * {@code nearest} is scratch space holding the k smallest distances, sorted.
     */
    private double kthDistance(double[] px, double[] py, int i, double[] nearest) {
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int lo = i - 1;
        int hi = i + 1;
        while (lo >= 0 || hi < px.length) {
            double dLo = lo >= 0 ? px[i] - px[lo] : Double.POSITIVE_INFINITY;
            double dHi = hi < px.length ? px[hi] - px[i] : Double.POSITIVE_INFINITY;
            int j = dLo <= dHi ? lo-- : hi++;
            double dx = Math.min(dLo, dHi);
            if (dx >= nearest[k - 1]) {
                break;
            }
            double d = Math.max(dx, Math.abs(py[j] - py[i]));
            if (d < nearest[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && nearest[pos - 1] > d) {
                    nearest[pos] = nearest[pos - 1];
                    pos--;
                }
                nearest[pos] = d;
            }
        }
        return nearest[k - 1];
    }

    /** Number of values other than the centre itself strictly within eps of it, in a sorted array. */
    private static int closerThan(double[] sorted, double centre, double eps) {
        int from = firstAbove(sorted, centre - eps, false);
        int to = firstAbove(sorted, centre + eps, true);
        return Math.max(0, to - from - 1);
    }

    /** Index of the first value &gt; v (or &gt;= v when {@code orEqual}) in a sorted array. */
    private static int firstAbove(double[] sorted, double v, boolean orEqual) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > v || (orEqual && sorted[mid] == v)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
