package org.lyrae.ml.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lyrae.ml.feh.CurveShape;

/**
 * RRab-like curve shapes ({@link CurveShape}'s 64 phases from φ1 = 0) whose [Fe/H] is written into
 * the shape, for tests and benchmarks of the networks (not science): three harmonics with φ21 and
 * φ31 growing with [Fe/H] as the Fourier relations have them, amplitudes that do not depend on it,
 * a little noise on each point. [Fe/H] is uniform in [−2.5, 0].
 */
public final class SyntheticShapes {
    private SyntheticShapes() {
    }

    /**
     * @param a1Min smallest first-harmonic amplitude, mag (peak to peak is about 2.4 times it)
     * @param a1Max largest
     */
    public static CurveData sample(int n, long seed, double a1Min, double a1Max) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        float[][] curves = new float[n][];
        double[] feh = new double[n];
        for (int i = 0; i < n; i++) {
            feh[i] = -2.5 + 2.5 * rng.nextDouble();
            double a1 = a1Min + (a1Max - a1Min) * rng.nextDouble();
            double phi21 = 2.4 + 0.5 * (feh[i] + 1.25) + 0.05 * rng.nextGaussian();
            double phi31 = 5.0 + 0.8 * (feh[i] + 1.25) + 0.05 * rng.nextGaussian();
            float[] c = new float[CurveShape.POINTS];
            for (int j = 0; j < c.length; j++) {
                double x = 2 * Math.PI * j / c.length;
                c[j] = (float) (a1 * Math.sin(x) + 0.45 * a1 * Math.sin(2 * x + phi21) + 0.3 * a1 * Math.sin(3 * x + phi31)
                        + 0.005 * rng.nextGaussian());
            }
            curves[i] = c;
            ids.add("synthetic-" + i);
        }
        return new CurveData(ids, curves, feh);
    }
}
