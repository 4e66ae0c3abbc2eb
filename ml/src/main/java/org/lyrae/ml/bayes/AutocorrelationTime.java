package org.lyrae.ml.bayes;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

import java.util.Arrays;

/**
 * Integrated autocorrelation time {@code τ = 1 + 2 Σ_{t≥1} ρ(t)}, the number of steps a chain needs
 * per independent draw, estimated as Goodman &amp; Weare (2010) and emcee recommend for ensembles:
 * the normalised autocorrelation function is computed per walker (by FFT), averaged over walkers,
 * and summed up to Sokal's (1997) automatic window, the smallest lag {@code M ≥ c·τ(M)}. The window
 * stops the noisy tail of the sum from swamping the estimate; {@code c = 5} is the usual choice.
 * The estimate is only trustworthy when the series are much longer than {@code τ} (50τ is emcee's
 * rule), and tends to come out low for short ones.
 */
public final class AutocorrelationTime {
    /** Sokal's window constant. */
    public static final double WINDOW = 5;

    private AutocorrelationTime() {}

    /** {@code τ} of a single series. */
    public static double of(double[] series) {
        return of(new double[][] {series});
    }

    /**
     * {@code τ} of several series of equal length (the walkers of one or more ensembles), from their
     * mean autocorrelation function. Series that never change are left out; if all of them are
     * constant, the chain has not moved and the answer is infinite.
     */
    public static double of(double[][] series) {
        double[] acf = meanAcf(series);
        return acf == null ? Double.POSITIVE_INFINITY : windowedSum(acf, WINDOW);
    }

    /**
     * Mean over series of the normalised autocorrelation function {@code ρ(t)}, {@code t = 0..n−1},
     * or null if every series is constant. Two real series share one complex FFT (one in the real
     * part, one in the imaginary part, separated by the transform's symmetry), and the normalised
     * power spectra are summed before a single inverse FFT, because the mean of the ACFs is the
     * inverse transform of the mean of the normalised spectra: one FFT per two walkers, not two per walker.
     */
    static double[] meanAcf(double[][] series) {
        if (series.length == 0) throw new IllegalArgumentException("no series");
        int n = series[0].length;
        if (n < 2) throw new IllegalArgumentException("series must hold at least 2 values, got " + n);
        for (double[] s : series)
            if (s.length != n) throw new IllegalArgumentException("series lengths differ: " + n + " and " + s.length);
        int m = Integer.highestOneBit(2 * n - 1) << 1; // zero padding to ≥ 2n: no wrap-around
        double[] spectrum = new double[m];
        double[] re = new double[m];
        double[] im = new double[m];
        int used = 0;
        for (int w = 0; w < series.length; w += 2) {
            double ca = centre(series[w], re, m);
            double cb = w + 1 < series.length ? centre(series[w + 1], im, m) : centre(null, im, m);
            FastFourierTransformer.transformInPlace(new double[][] {re, im}, DftNormalization.STANDARD, TransformType.FORWARD);
            for (int k = 0; k < m; k++) {
                int mk = (m - k) & (m - 1);
                double sr = re[k] + re[mk], di = im[k] - im[mk]; // 2·A_k, A = transform of the real part
                double si = im[k] + im[mk], dr = re[k] - re[mk]; // 2·i·B_k, B = transform of the imaginary part
                if (ca > 0) spectrum[k] += (sr * sr + di * di) / (4 * ca);
                if (cb > 0) spectrum[k] += (si * si + dr * dr) / (4 * cb);
            }
            used += (ca > 0 ? 1 : 0) + (cb > 0 ? 1 : 0);
        }
        if (used == 0) return null;
        Arrays.fill(im, 0);
        FastFourierTransformer.transformInPlace(new double[][] {spectrum, im}, DftNormalization.STANDARD, TransformType.INVERSE);
        double[] acf = new double[n];
        for (int t = 0; t < n; t++) acf[t] = spectrum[t] / used;
        return acf;
    }

    /** Writes {@code x − mean(x)} zero-padded to {@code m} into {@code out}; returns {@code Σ (x − mean)²} (0 for null). */
    private static double centre(double[] x, double[] out, int m) {
        Arrays.fill(out, 0);
        if (x == null) return 0;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - mean;
            ss += out[i] * out[i];
        }
        return ss;
    }

    /** {@code 1 + 2 Σ_{t=1}^{M} ρ(t)} with {@code M} the first lag where {@code M ≥ c·τ(M)} (the last lag if none). */
    static double windowedSum(double[] acf, double c) {
        double tau = 1;
        for (int lag = 1; lag < acf.length; lag++) {
            tau += 2 * acf[lag];
            if (lag >= c * tau) return tau;
        }
        return tau;
    }
}
