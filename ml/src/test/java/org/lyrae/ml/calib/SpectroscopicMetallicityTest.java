package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The combination rule on hand-computed cases. */
class SpectroscopicMetallicityTest {

    private static final double EPS = 1e-12;

    @Test
    void oneSpectrumKeepsItsValueAndError() {
        SpectroscopicMetallicity.Combined c = SpectroscopicMetallicity.combine(new double[] {-1.2}, new double[] {0.15});
        assertEquals(-1.2, c.feh(), EPS);
        assertEquals(0.15, c.error(), EPS);
    }

    @Test
    void quotedErrorsWeightTheMeanAndBoundTheError() {
        // weights 100 and 400: mean (-100 - 0.5*400... ) = (100*-1.0 + 400*-1.5)/500 = -1.4
        SpectroscopicMetallicity.Combined c = SpectroscopicMetallicity.combine(new double[] {-1.0, -1.5}, new double[] {0.1, 0.05});
        assertEquals(-1.4, c.feh(), EPS);
        // SEM = |difference| / 2 = 0.25 > median error 0.075
        assertEquals(0.25, c.error(), EPS);
        SpectroscopicMetallicity.Combined close = SpectroscopicMetallicity.combine(new double[] {-1.0, -1.02}, new double[] {0.1, 0.05});
        assertEquals(0.075, close.error(), EPS, "median quoted error when the spectra agree");
    }

    @Test
    void missingErrorsGivePlainMeanAndTheFloor() {
        SpectroscopicMetallicity.Combined none = SpectroscopicMetallicity.combine(new double[] {-2.0, -2.02}, new double[] {Double.NaN, 0});
        assertEquals(-2.01, none.feh(), EPS);
        assertEquals(SpectroscopicMetallicity.ERROR_FLOOR, none.error(), EPS);
        // one quoted error of three: plain mean, its error as the median
        SpectroscopicMetallicity.Combined some = SpectroscopicMetallicity.combine(
                new double[] {-1.0, -1.1, -1.2}, new double[] {0.2, Double.NaN, Double.NaN});
        assertEquals(-1.1, some.feh(), EPS);
        assertEquals(0.2, some.error(), EPS);
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> SpectroscopicMetallicity.combine(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> SpectroscopicMetallicity.combine(new double[] {1}, new double[] {1, 2}));
    }
}
