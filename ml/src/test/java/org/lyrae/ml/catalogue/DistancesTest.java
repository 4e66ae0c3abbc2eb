package org.lyrae.ml.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistancesTest {
    private static final Distances.Relation R = Distances.MURAVEVA_2018_G;

    @Test
    void relationIsMuravevaEtAl2018() {
        assertEquals(0.63, R.absoluteMagnitude(-1.5), 1e-12);      // their abstract: M_G = 0.63 +/- 0.08 at [Fe/H] = -1.5
        assertEquals(0.085, R.absoluteMagnitudeError(-1.5, 0), 1e-3);
        assertEquals("M_G = (0.32 ± 0.04)[Fe/H] + (1.11 ± 0.06) (Muraveva et al. 2018, MNRAS 481, 1195)", R.formula());
    }

    @Test
    void distanceWithoutExtinctionByHand() {
        Distances.Distance d = Distances.of(R, -1.5, 0.2, 15.0, 0.01, Double.NaN, Double.NaN);
        // M = 0.63; sigma_M^2 = (1.5*0.04)^2 + (0.32*0.2)^2 + 0.06^2 = 0.0036 + 0.004096 + 0.0036
        assertEquals(0.63, d.absoluteMagnitude(), 1e-12);
        assertEquals(Math.sqrt(0.011296), d.absoluteMagnitudeError(), 1e-12);
        assertEquals(14.37, d.distanceModulus(), 1e-12);
        assertEquals(Math.sqrt(0.011296 + 0.0001), d.distanceModulusError(), 1e-12);
        // 10^(14.37/5 + 1) pc = 10^3.874 pc = 7.4817 kpc
        assertEquals(7.48169, d.distanceKpc(), 1e-5);
        assertEquals(7.48169 * Math.log(10) / 5 * Math.sqrt(0.011396), d.distanceKpcError(), 1e-5);
        assertFalse(d.extinctionCorrected());
    }

    @Test
    void extinctionAndMissingInputs() {
        Distances.Distance d = Distances.of(R, -1.5, 0.2, 15.0, Double.NaN, 0.37, 0.05);
        assertTrue(d.extinctionCorrected());
        assertEquals(14.0, d.distanceModulus(), 1e-12);
        assertEquals(Math.sqrt(0.011296 + 0.0025), d.distanceModulusError(), 1e-12);   // no error on G: counts as 0
        assertEquals(6.30957, d.distanceKpc(), 1e-5);                                  // 10^3.8 pc
        Distances.Distance noG = Distances.of(R, -1.0, 0.1, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertEquals(0.79, noG.absoluteMagnitude(), 1e-12);
        assertFalse(noG.known());
        assertFalse(Distances.of(R, Double.NaN, 0.1, 15, 0.01, Double.NaN, Double.NaN).known());
        assertTrue(Double.isNaN(Distances.of(R, -1, Double.NaN, 15, 0.01, Double.NaN, Double.NaN).distanceKpcError()));
    }
}
