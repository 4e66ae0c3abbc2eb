package org.lyrae.ml.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lyrae.ml.feh.CurveShape;

/**
 * RRab-like curve shapes whose [Fe/H] is written into the shape, for tests: three harmonics with the
 * phase differences φ21 and φ31 growing with [Fe/H] (as the Fourier relations have it) and amplitudes
 * that do not depend on it, plus a little noise on each point.
 */
final class SyntheticCurves {
    private SyntheticCurves() {
    }

    static CurveData sample(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        float[][] curves = new float[n][];
        double[] feh = new double[n];
        for (int i = 0; i < n; i++) {
            feh[i] = -2.5 + 2.5 * rng.nextDouble();
            double a1 = 0.25 + 0.15 * rng.nextDouble();
            double phi21 = 2.4 + 0.5 * (feh[i] + 1.25) + 0.05 * rng.nextGaussian();
            double phi31 = 5.0 + 0.8 * (feh[i] + 1.25) + 0.05 * rng.nextGaussian();
            curves[i] = shape(a1, 0.45 * a1, 0.3 * a1, phi21, phi31, rng);
            ids.add("synthetic-" + i);
        }
        return new CurveData(ids, curves, feh);
    }

    private static float[] shape(double a1, double a2, double a3, double phi21, double phi31, SplittableRandom rng) {
        float[] c = new float[CurveShape.POINTS];
        for (int j = 0; j < c.length; j++) {
            double x = 2 * Math.PI * j / c.length;
            c[j] = (float) (a1 * Math.sin(x) + a2 * Math.sin(2 * x + phi21) + a3 * Math.sin(3 * x + phi31) + 0.005 * rng.nextGaussian());
        }
        return c;
    }

    /** Pearson correlation. */
    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static NetworkSettings small(String architecture) {
        return NetworkSettings.defaults(architecture).withSize(16, 1).withEpochs(40, 40).withFolds(2);
    }
}
