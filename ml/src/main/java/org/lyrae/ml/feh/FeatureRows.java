package org.lyrae.ml.feh;

import java.util.List;

/** Column-wise feature tables as the row arrays the regressors take. */
final class FeatureRows {
    private FeatureRows() {
    }

    static double[][] values(FeatureTable t, List<String> names) {
        return rows(t, names, false);
    }

    /** Errors by row; an unknown (NaN) error becomes 0: the feature is then taken as exact. */
    static double[][] errors(FeatureTable t, List<String> names) {
        return rows(t, names, true);
    }

    private static double[][] rows(FeatureTable t, List<String> names, boolean errors) {
        int n = t.rows();
        double[][] out = new double[n][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] col = errors ? t.errorColumn(names.get(j)) : t.column(names.get(j));
            for (int i = 0; i < n; i++) out[i][j] = errors && !Double.isFinite(col[i]) ? 0 : col[i];
        }
        return out;
    }
}
