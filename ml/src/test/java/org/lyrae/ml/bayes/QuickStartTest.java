package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    /** With many stars the weighted least squares start lands on the truth, scatter included. */
    @Test
    void recoversTheRelationFromManyStars() {
        SimulatedStars.Sample s = SimulatedStars.draw(5000, 61);
        Scaling scaling = Scaling.of(s.x(), s.y());
        double[] c = new double[4];
        scaling.toOriginal(QuickStart.of(scaling.standardise(s.x(), s.xErr(), s.y(), s.yErr())).theta(), c);
        assertEquals(SimulatedStars.COEFFICIENTS[1], c[1], 0.15);
        assertEquals(SimulatedStars.COEFFICIENTS[2], c[2], 0.04);
        assertEquals(SimulatedStars.SCATTER, c[3], 0.01);
    }

    /** Errors that explain all the residuals: no scatter left, and the start falls back to its floor. */
    @Test
    void scatterFloorsWhenErrorsExplainEverything() {
        SimulatedStars.Sample s = SimulatedStars.draw(300, 62);
        double[] y = new double[300];
        double[] yErr = new double[300];
        for (int i = 0; i < 300; i++) {
            yErr[i] = 0.5;
            y[i] = 1 + 2 * s.x()[i][0] - s.x()[i][1] + 0.05 * Math.sin(i);
        }
        QuickStart start = QuickStart.of(Scaling.of(s.x(), y).standardise(s.x(), s.xErr(), y, yErr));
        assertEquals(Math.log(0.05), start.theta()[3], 1e-12);
        double[][] ball = start.ball(16, new Well19937c(1));
        assertEquals(16, ball.length);
        assertEquals(4, ball[0].length);
    }
}
