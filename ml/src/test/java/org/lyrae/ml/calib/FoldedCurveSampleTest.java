package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.CurveShape;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.testdata.SharedData;

class FoldedCurveSampleTest {
    private static FoldedCurveSample.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = FoldedCurveSample.build(SharedData.dataDir(), 2);
    }

    @Test
    void everyLabelledCurveIsKeptOnceWithItsLabel() throws Exception {
        var labels = FoldedCurveSample.labels(SharedData.dataDir().resolve(FoldedCurveSample.LABELS));
        var d = built.data();
        assertTrue(d.size() > 3900, "nearly all 4,012 labelled curves fit: " + d.size());
        assertEquals(d.size(), new HashSet<>(d.ids()).size(), "one row per star");
        assertEquals(d.size(), built.features().rows(), "features row for row with the curves");
        for (int i = 0; i < d.size(); i += 97) assertEquals(labels.get(d.ids().get(i)), d.feh()[i], 0.0);
        List<String> log = built.log();
        assertTrue(log.get(log.size() - 1).contains(Integer.toString(d.size())), "the log ends with the count kept: " + log);
    }

    /**
     * The shapes are the model minus its mean, aligned so that the first harmonic is a pure sine:
     * over a cycle the mean is 0, the cosine projection 0 and the sine projection A1 × points/2.
     */
    @Test
    void shapesAreMeanSubtractedAndAlignedAtPhiOneZero() {
        var d = built.data();
        double[] a1 = built.features().column(FeatureNames.A1);
        int p = CurveShape.POINTS;
        for (int i = 0; i < d.size(); i += 53) {
            float[] c = d.curves()[i];
            double mean = 0;
            double cos = 0;
            double sin = 0;
            for (int j = 0; j < p; j++) {
                double x = 2 * Math.PI * j / p;
                mean += c[j] / (double) p;
                cos += c[j] * Math.cos(x);
                sin += c[j] * Math.sin(x);
            }
            assertEquals(0, mean, 1e-5, "mean of star " + d.ids().get(i));
            assertEquals(0, cos, 1e-4, "cosine term of star " + d.ids().get(i));
            assertEquals(a1[i] * p / 2, sin, 1e-3, "sine term of star " + d.ids().get(i));
        }
    }
}
