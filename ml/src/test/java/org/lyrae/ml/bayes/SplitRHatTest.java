package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitRHatTest {

    @Test
    void chainsFromOneDistributionGiveOne() {
        double r = SplitRHat.of(chains(4, 2000, new double[] {0, 0, 0, 0}, new Random(21)));
        assertEquals(1, r, 0.01);
    }

    /**
     * One chain of four shifted by 2σ: the half-chain means have variance ≈ 6/7 of σ², so
     * R-hat ≈ sqrt(1 + 6/7) ≈ 1.36. (A 1σ shift gives ≈ 1.10, too close to the threshold to test.)
     */
    @Test
    void shiftedChainsAreCaught() {
        double r = SplitRHat.of(chains(4, 2000, new double[] {0, 0, 0, 2}, new Random(22)));
        assertTrue(r > 1.1, "R-hat " + r);
        assertEquals(Math.sqrt(1 + 6.0 / 7), r, 0.05);
    }

    /** Splitting catches a single drifting chain, which plain between-chain R-hat cannot see. */
    @Test
    void aDriftingChainIsCaughtBySplitting() {
        double[][] one = chains(1, 2000, new double[] {0}, new Random(23));
        for (int t = 0; t < 2000; t++) one[0][t] += 2.0 * t / 2000;
        assertTrue(SplitRHat.of(one) > 1.1, "R-hat " + SplitRHat.of(one));
    }

    @Test
    void theFormulaOnASmallExample() {
        // halves {0,2}, {4,6}, {1,3}, {5,7}: means 1, 5, 2, 6 (grand 3.5), within variances 2 each.
        // B/h = var(means) = (6.25+2.25+2.25+6.25)/3 = 17/3; var+ = (1/2)·2 + 17/3 = 20/3; R = sqrt((20/3)/2)
        double r = SplitRHat.of(new double[][] {{0, 2, 4, 6}, {1, 3, 5, 7}});
        assertEquals(Math.sqrt(10.0 / 3), r, 1e-12);
    }

    @Test
    void tooShortOrRaggedChainsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SplitRHat.of(new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> SplitRHat.of(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 4, 5}}));
    }

    private static double[][] chains(int m, int n, double[] shifts, Random rng) {
        double[][] c = new double[m][n];
        for (int k = 0; k < m; k++)
            for (int t = 0; t < n; t++) c[k][t] = shifts[k] + rng.nextGaussian();
        return c;
    }
}
