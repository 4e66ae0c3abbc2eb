package org.lyrae.ml.feh;

import java.util.List;

/**
 * Fourier features of many stars, column by column: the input of every {@link MetallicityEstimator}.
 * Names are those of {@link FeatureNames}; phases are in the sine (lcfit) convention; a missing
 * value is NaN, and so is an unknown error.
 *
 * @param names  feature names, one per column
 * @param values {@code values[j][i]}: feature j of star i
 * @param errors {@code errors[j][i]}: its standard error (NaN when unknown)
 * @param curves {@code curves[i]}: star i's light-curve shape for the networks ({@link CurveShape}), null
 *               where there is none (parameters without a curve); the array itself is null when no star has one
 */
public record FeatureTable(List<String> names, double[][] values, double[][] errors, float[][] curves) {

    /** Fourier features only, no curves. */
    public FeatureTable(List<String> names, double[][] values, double[][] errors) {
        this(names, values, errors, null);
    }

    public FeatureTable {
        names = List.copyOf(names);
        if (values.length != names.size() || errors.length != names.size()) {
            throw new IllegalArgumentException("a feature table needs one value and one error column per name");
        }
        for (int j = 0; j < values.length; j++) {
            if (values[j].length != values[0].length || errors[j].length != values[0].length) {
                throw new IllegalArgumentException("feature columns differ in length at " + names.get(j));
            }
        }
        if (curves != null && values.length > 0 && curves.length != values[0].length) {
            throw new IllegalArgumentException(curves.length + " curves for " + values[0].length + " stars");
        }
    }

    public int rows() {
        return values.length == 0 ? (curves == null ? 0 : curves.length) : values[0].length;
    }

    /** The rows {@code rows}, in that order (features, errors and curves). */
    public FeatureTable subset(List<Integer> rows) {
        double[][] v = new double[values.length][rows.size()];
        double[][] e = new double[values.length][rows.size()];
        float[][] c = curves == null ? null : new float[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            for (int j = 0; j < values.length; j++) {
                v[j][r] = values[j][i];
                e[j][r] = errors[j][i];
            }
            if (c != null) c[r] = curves[i];
        }
        return new FeatureTable(names, v, e, c);
    }

    /** Star i's curve shape, or null. */
    public float[] curve(int i) {
        return curves == null ? null : curves[i];
    }

    /** The column of {@code name}; an error naming the available ones when absent. */
    public int index(String name) {
        int j = names.indexOf(name);
        if (j < 0) throw new IllegalArgumentException("no feature '" + name + "' among " + names);
        return j;
    }

    public double[] column(String name) {
        return values[index(name)];
    }

    public double[] errorColumn(String name) {
        return errors[index(name)];
    }
}
