package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PriorsTest {

    /**
     * The log-scatter prior is the half-Cauchy pushed through {@code t = ln σ}, Jacobian included:
     * {@code ∫ exp(logLnScatter(t)) dt = ∫ dσ / (1 + σ²/S²) = πS/2}. Without the Jacobian it would
     * not even be integrable.
     */
    @Test
    void scatterPriorIsTheHalfCauchyOnTheLogScale() {
        for (double scale : new double[] {1, 0.3}) {
            Priors priors = new Priors(10, scale);
            double sum = 0;
            double dt = 1e-3;
            for (double t = -40; t < 40; t += dt) sum += Math.exp(priors.logLnScatter(t)) * dt;
            assertEquals(Math.PI * scale / 2, sum, 1e-6, "scale " + scale);
        }
        assertTrue(Double.isFinite(Priors.defaults().logLnScatter(1000)), "no overflow far out");
    }

    @Test
    void coefficientPriorIsNormal() {
        Priors priors = new Priors(10, 1);
        assertEquals(-0.5, priors.logCoefficient(10), 1e-15);
        assertEquals(0, priors.logCoefficient(0), 1e-15);
    }

    @Test
    void nonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Priors(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Priors(1, Double.NaN));
    }
}
