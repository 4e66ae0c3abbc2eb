package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A calibration sample with a known relation, [Fe/H] = -8.0 - 4.0 P + 1.3 φ31 + scatter, and two
 * features that carry nothing (A1 and R21 drawn independently), with errors like Gaia's.
 */
public final class SyntheticCalibration {
    private SyntheticCalibration() {
    }

    public static TrainingSample sample(int n, long seed) {
        Random r = new Random(seed);
        List<String> names = List.of(FeatureNames.PERIOD, FeatureNames.PHI31, FeatureNames.A1, FeatureNames.R21);
        double[][] v = new double[4][n];
        double[][] e = new double[4][n];
        double[] feh = new double[n];
        double[] fehErr = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = 0.45 + 0.25 * r.nextDouble();
            double phi31 = 4.9 + 0.6 * r.nextDouble();
            v[0][i] = p + 1e-5 * r.nextGaussian();
            e[0][i] = 1e-5;
            v[1][i] = phi31 + 0.03 * r.nextGaussian();
            e[1][i] = 0.03;
            v[2][i] = 0.25 + 0.1 * r.nextDouble();
            e[2][i] = 0.003;
            v[3][i] = 0.4 + 0.1 * r.nextDouble();
            e[3][i] = 0.01;
            fehErr[i] = 0.1;
            feh[i] = -8.0 - 4.0 * p + 1.3 * phi31 + 0.15 * r.nextGaussian() + fehErr[i] * r.nextGaussian();
            ids.add("star" + i);
        }
        return new TrainingSample("G", "RRab", ids, new FeatureTable(names, v, e), feh, fehErr);
    }
}
