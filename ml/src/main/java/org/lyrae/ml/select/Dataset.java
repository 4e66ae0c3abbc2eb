package org.lyrae.ml.select;

import java.util.List;
import java.util.Set;

/**
 * A training table: named feature columns, the target and optional row weights, checked once
 * for consistent sizes so that the selectors need not check again.
 *
 * @param names   feature names, one per column
 * @param x       rows of features
 * @param y       targets, one per row, finite
 * @param weights non-negative row weights, or null for equal weights
 */
public record Dataset(List<String> names, double[][] x, double[] y, double[] weights) {

    public Dataset {
        names = List.copyOf(names);
        if (Set.copyOf(names).size() != names.size()) {
            throw new IllegalArgumentException("feature names repeat: " + names);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows of features but " + y.length + " targets");
        }
        if (weights != null && weights.length != y.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + y.length + " rows");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != names.size()) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + names.size());
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("target of row " + i + " is not finite: " + y[i]);
            }
            if (weights != null && !(weights[i] >= 0 && Double.isFinite(weights[i]))) {
                throw new IllegalArgumentException("weight of row " + i + " is not a finite non-negative number: " + weights[i]);
            }
        }
    }

    /** A dataset whose columns are named {@code x0, x1, ...}, for callers that have no names. */
    public static Dataset unnamed(double[][] x, double[] y, double[] weights) {
        int p = x.length == 0 ? 0 : x[0].length;
        String[] n = new String[p];
        for (int j = 0; j < p; j++) {
            n[j] = "x" + j;
        }
        return new Dataset(List.of(n), x, y, weights);
    }

    public int rows() {
        return y.length;
    }

    public int features() {
        return names.size();
    }

    /** One feature column. */
    public double[] column(int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][j];
        }
        return c;
    }

    /** The same rows restricted to the given columns, in the given order. */
    public Dataset columns(int... cols) {
        double[][] sub = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < cols.length; c++) {
                sub[i][c] = x[i][cols[c]];
            }
        }
        return new Dataset(names(cols), sub, y, weights);
    }

    /** The names of the given columns, in the given order. */
    public List<String> names(int... cols) {
        String[] n = new String[cols.length];
        for (int c = 0; c < cols.length; c++) {
            n[c] = names.get(cols[c]);
        }
        return List.of(n);
    }
}
