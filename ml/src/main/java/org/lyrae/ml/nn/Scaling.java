package org.lyrae.ml.nn;

/**
 * What a network's numbers are scaled by, fixed on its training curves: the curve values are divided
 * by {@code inputScale} (their rms), the labels standardised to mean 0 and standard deviation 1.
 */
public record Scaling(double inputScale, double fehMean, double fehStd) {

    public static Scaling of(CurveData train) {
        double ss = 0;
        long n = 0;
        for (float[] c : train.curves()) {
            for (float v : c) {
                ss += (double) v * v;
                n++;
            }
        }
        double mean = 0;
        for (double f : train.feh()) mean += f;
        mean /= train.size();
        double var = 0;
        for (double f : train.feh()) var += (f - mean) * (f - mean);
        double std = Math.sqrt(var / Math.max(1, train.size() - 1));
        return new Scaling(n == 0 ? 1 : Math.max(1e-6, Math.sqrt(ss / n)), mean, std > 0 ? std : 1);
    }

    /** Curves as the network reads them: {@code (rows, points)} flattened, scaled. */
    float[] inputs(float[][] curves, int from, int to) {
        int p = curves[from].length;
        float[] out = new float[(to - from) * p];
        float s = (float) (1 / inputScale);
        for (int i = from; i < to; i++) {
            for (int j = 0; j < p; j++) out[(i - from) * p + j] = curves[i][j] * s;
        }
        return out;
    }

    double toStandard(double feh) {
        return (feh - fehMean) / fehStd;
    }

    double fromStandard(double z) {
        return fehMean + fehStd * z;
    }
}
