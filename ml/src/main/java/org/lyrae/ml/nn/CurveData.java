package org.lyrae.ml.nn;

import java.util.List;

/**
 * Labelled curve shapes: what a network is trained and cross-validated on.
 *
 * @param ids    star identifiers
 * @param curves {@code curves[i]}: star i's shape ({@code CurveShape}), all of one length
 * @param feh    the labels, [Fe/H]
 */
public record CurveData(List<String> ids, float[][] curves, double[] feh) {

    public CurveData {
        ids = List.copyOf(ids);
        if (ids.size() != curves.length || feh.length != curves.length) throw new IllegalArgumentException("columns differ in length");
        for (float[] c : curves) {
            if (c.length != curves[0].length) throw new IllegalArgumentException("curves differ in length");
        }
    }

    public int size() {
        return feh.length;
    }

    public int points() {
        return curves.length == 0 ? 0 : curves[0].length;
    }

    public CurveData subset(int[] rows) {
        String[] i = new String[rows.length];
        float[][] c = new float[rows.length][];
        double[] f = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            i[r] = ids.get(rows[r]);
            c[r] = curves[rows[r]];
            f[r] = feh[rows[r]];
        }
        return new CurveData(List.of(i), c, f);
    }
}
