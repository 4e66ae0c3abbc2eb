package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The rotated-phasor periodogram against a direct least-squares fit at the same frequencies, including far past
 * several re-seeding intervals, for each allowed number of harmonics.
 */
class MultiHarmonicPeriodogramTest {

    @Test
    void powerEqualsExplainedVarianceOfADirectFit() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(9).next(SyntheticCurves.Type.RRAB, 60, 1000);
        Observations obs = Observations.of(c.lightCurve());
        double f0 = 1 / 1.2;
        double step = 1 / (5 * obs.timeSpan);
        int count = 3 * MultiHarmonicPeriodogram.RESEED + 17;
        for (int harmonics = 1; harmonics <= MultiHarmonicPeriodogram.MAX_HARMONICS; harmonics++) {
            double[] power = MultiHarmonicPeriodogram.compute(obs, f0, step, count, harmonics).power();
            for (int i : new int[] {0, 1, 255, 256, 257, 700, count - 1}) {
                double omega = 2 * Math.PI * (f0 + i * step);
                LinearHarmonicFit.Solution s = LinearHarmonicFit.fit(obs, omega, obs.allUsed(), harmonics, harmonics);
                assertEquals(1 - s.chi2() / weightedVariance(obs), power[i], 1e-9,
                        "harmonics " + harmonics + ", frequency index " + i);
            }
        }
    }

    private static double weightedVariance(Observations obs) {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < obs.size(); i++) {
            sw += obs.weight[i];
            swy += obs.weight[i] * obs.dy[i];
        }
        double mean = swy / sw;
        double v = 0;
        for (int i = 0; i < obs.size(); i++) {
            v += obs.weight[i] * (obs.dy[i] - mean) * (obs.dy[i] - mean);
        }
        return v;
    }
}
