package org.lyrae.ml.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OrdinaryLeastSquaresTest {

    @Test
    void recoversExactLinearRelation() {
        Random r = new Random(3);
        double[][] x = new double[50][3];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = new double[] {r.nextGaussian(), 10 + r.nextGaussian(), r.nextDouble()};
            y[i] = -1.5 + 2 * x[i][0] - 0.5 * x[i][1] + 3 * x[i][2];
        }
        OrdinaryLeastSquares.Model m = new OrdinaryLeastSquares().fit(x, y, null);
        assertEquals(-1.5, m.intercept(), 1e-9);
        assertArrayEquals(new double[] {2, -0.5, 3}, m.coefficients(), 1e-9);
        assertArrayEquals(y, m.predict(x), 1e-9);
    }

    @Test
    void zeroWeightRowsAreIgnored() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}};
        double[] y = {1, 3, 5, 100, -100};
        OrdinaryLeastSquares.Model m = new OrdinaryLeastSquares().fit(x, y, new double[] {1, 2, 1, 0, 0});
        assertEquals(1, m.intercept(), 1e-9);
        assertEquals(2, m.coefficients()[0], 1e-9);
    }

    @Test
    void collinearAndConstantColumnsGiveAMinimumNormFit() {
        double[][] x = {{0, 0, 5}, {1, 2, 5}, {2, 4, 5}, {3, 6, 5}};
        double[] y = {1, 6, 11, 16};
        OrdinaryLeastSquares.Model m = new OrdinaryLeastSquares().fit(x, y, null);
        assertArrayEquals(y, m.predict(x), 1e-9);
        assertEquals(1, m.coefficients()[0], 1e-9);
        assertEquals(2, m.coefficients()[1], 1e-9);
        assertEquals(0, m.coefficients()[2], 1e-9);
    }

    @Test
    void noColumnsFitsTheWeightedMean() {
        OrdinaryLeastSquares.Model m = new OrdinaryLeastSquares().fit(new double[3][0], new double[] {1, 2, 6}, new double[] {1, 1, 2});
        assertEquals(3.75, m.predict(new double[1][0])[0], 1e-12);
    }
}
