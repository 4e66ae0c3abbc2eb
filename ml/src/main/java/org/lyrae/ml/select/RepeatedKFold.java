package org.lyrae.ml.select;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Which rows are held out when: {@code repeats} independent shuffles, each cut into {@code k}
 * folds. The assignment depends only on the seed and the targets, so every candidate feature set
 * and every model is scored on exactly the same splits (paired comparisons).
 *
 * <p>Stratified splits sort the rows by target and deal each run of {@code k} consecutive rows to
 * the {@code k} folds in random order, so every fold spans the whole metallicity range; this
 * matters with small samples whose metal-poor tail has few stars.
 *
 * @param k          folds per repeat, at least 2
 * @param repeats    number of shuffles, at least 1
 * @param seed       seed of the shuffles
 * @param stratified whether folds are balanced by target quantiles
 */
public record RepeatedKFold(int k, int repeats, long seed, boolean stratified) {

    public RepeatedKFold {
        if (k < 2 || repeats < 1) {
            throw new IllegalArgumentException("need k >= 2 and repeats >= 1, got k=" + k + ", repeats=" + repeats);
        }
    }

    public RepeatedKFold(int k, int repeats, long seed) {
        this(k, repeats, seed, false);
    }

    /** The same splits balanced by target quantiles. */
    public RepeatedKFold withStratification() {
        return new RepeatedKFold(k, repeats, seed, true);
    }

    /** The fold (0 to k - 1) of every row, for every repeat: {@code [repeat][row]}. */
    public int[][] assign(double[] y) {
        int n = y.length;
        if (n < k) {
            throw new IllegalArgumentException(n + " rows cannot make " + k + " folds");
        }
        SplittableRandom root = new SplittableRandom(seed);
        int[][] folds = new int[repeats][];
        for (int r = 0; r < repeats; r++) {
            SplittableRandom rng = root.split();
            folds[r] = stratified ? stratifiedFolds(y, rng) : shuffledFolds(n, rng);
        }
        return folds;
    }

    private int[] shuffledFolds(int n, SplittableRandom rng) {
        int[] order = IntStream.range(0, n).toArray();
        shuffle(order, rng);
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % k;
        }
        return fold;
    }

    private int[] stratifiedFolds(double[] y, SplittableRandom rng) {
        int n = y.length;
        int[] byTarget = IntStream.range(0, n).boxed()
            .sorted(Comparator.comparingDouble(i -> y[i])).mapToInt(Integer::intValue).toArray();
        int[] fold = new int[n];
        int[] labels = IntStream.range(0, k).toArray();
        for (int start = 0; start < n; start += k) {
            shuffle(labels, rng);
            for (int j = start; j < Math.min(start + k, n); j++) {
                fold[byTarget[j]] = labels[j - start];
            }
        }
        return fold;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public String toString() {
        return k + "-fold x " + repeats + (stratified ? " stratified" : "") + " (seed " + seed + ")";
    }

    /** Rows of one fold (test) or of all the others (train), in row order. */
    static int[] rowsOf(int[] fold, int f, boolean inFold) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == inFold).toArray();
    }
}
