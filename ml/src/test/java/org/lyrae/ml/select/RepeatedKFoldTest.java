package org.lyrae.ml.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedKFoldTest {
    private final double[] y = new Random(2).doubles(103).map(v -> v * v * v).toArray();

    @Test
    void foldsAreBalancedAndRepeatsDiffer() {
        int[][] folds = new RepeatedKFold(5, 3, 1).assign(y);
        assertEquals(3, folds.length);
        for (int[] f : folds) {
            int[] counts = new int[5];
            for (int v : f) {
                counts[v]++;
            }
            assertTrue(Arrays.stream(counts).allMatch(c -> c == 20 || c == 21), Arrays.toString(counts));
        }
        assertFalse(Arrays.equals(folds[0], folds[1]));
        assertArrayEquals(folds[2], new RepeatedKFold(5, 3, 1).assign(y)[2], "same seed, same folds");
    }

    @Test
    void stratifiedFoldsSpanTheTargetRange() {
        int[] fold = new RepeatedKFold(5, 1, 1).withStratification().assign(y)[0];
        Integer[] byTarget = new Integer[y.length];
        Arrays.setAll(byTarget, i -> i);
        Arrays.sort(byTarget, (a, b) -> Double.compare(y[a], y[b]));
        // Every run of 5 rows in target order goes to 5 different folds.
        for (int start = 0; start + 5 <= y.length; start += 5) {
            boolean[] seen = new boolean[5];
            for (int j = start; j < start + 5; j++) {
                assertFalse(seen[fold[byTarget[j]]]);
                seen[fold[byTarget[j]]] = true;
            }
        }
    }

    @Test
    void rejectsTooFewRows() {
        assertThrows(IllegalArgumentException.class, () -> new RepeatedKFold(5, 1, 0).assign(new double[4]));
        assertThrows(IllegalArgumentException.class, () -> new RepeatedKFold(1, 1, 0));
    }
}
