package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AutocorrelationTimeTest {

    /** AR(1) with coefficient φ has τ = (1 + φ)/(1 − φ): 19 for φ = 0.9. */
    @Test
    void ar1SeriesGivesTheKnownTime() {
        double phi = 0.9;
        double expected = (1 + phi) / (1 - phi);
        Random rng = new Random(11);
        double[][] walkers = new double[32][];
        for (int w = 0; w < walkers.length; w++) walkers[w] = ar1(phi, 5000, rng);
        assertEquals(expected, AutocorrelationTime.of(walkers), 0.2 * expected, "32 walkers of 5000 steps");
        assertEquals(expected, AutocorrelationTime.of(ar1(phi, 100_000, rng)), 0.2 * expected, "one series of 100000 steps");
    }

    @Test
    void whiteNoiseHasTimeOne() {
        Random rng = new Random(12);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextGaussian();
        assertEquals(1, AutocorrelationTime.of(x), 0.1);
    }

    /** The paired-FFT shortcut against the definition, with an odd number of series and one constant series. */
    @Test
    void meanAcfMatchesTheDirectSum() {
        Random rng = new Random(13);
        double[][] series = new double[4][];
        for (int s = 0; s < 3; s++) series[s] = ar1(0.5 + 0.1 * s, 37, rng);
        series[3] = new double[37];
        Arrays.fill(series[3], 2.5);
        double[] direct = new double[37];
        for (int s = 0; s < 3; s++) {
            double[] acf = directAcf(series[s]);
            for (int t = 0; t < 37; t++) direct[t] += acf[t] / 3;
        }
        assertArrayEquals(direct, AutocorrelationTime.meanAcf(series), 1e-12);
        assertArrayEquals(direct, AutocorrelationTime.meanAcf(new double[][] {series[0], series[1], series[3], series[2]}), 1e-12);
    }

    @Test
    void aChainThatNeverMovedHasInfiniteTime() {
        assertEquals(Double.POSITIVE_INFINITY, AutocorrelationTime.of(new double[][] {{1, 1, 1, 1}, {2, 2, 2, 2}}));
    }

    @Test
    void unequalSeriesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AutocorrelationTime.of(new double[][] {{1, 2, 3}, {1, 2}}));
    }

    static double[] ar1(double phi, int n, Random rng) {
        double[] x = new double[n];
        x[0] = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
        for (int i = 1; i < n; i++) x[i] = phi * x[i - 1] + rng.nextGaussian();
        return x;
    }

    private static double[] directAcf(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        double[] c = new double[x.length];
        for (int t = 0; t < x.length; t++)
            for (int i = 0; i + t < x.length; i++) c[t] += (x[i] - mean) * (x[i + t] - mean);
        double c0 = c[0];
        for (int t = 0; t < x.length; t++) c[t] /= c0;
        return c;
    }
}
