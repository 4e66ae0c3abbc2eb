package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The judgement alone, on hand-made diagnostics. */
class ConvergenceTest {
    private static final List<String> NAMES = List.of("c0", "c1", "sigma_int");

    @Test
    void goodNumbersPass() {
        Convergence c = convergence(0.4, new double[] {40, 45, 42}, new double[] {1.001, 1.002, 1.0});
        assertTrue(c.converged(), c.message());
        assertTrue(c.message().startsWith("converged"), c.message());
    }

    @Test
    void eachCriterionIsReportedByName() {
        Convergence lowAcceptance = convergence(0.05, new double[] {40, 45, 42}, new double[] {1.001, 1.002, 1.0});
        assertFalse(lowAcceptance.converged());
        assertTrue(lowAcceptance.message().contains("acceptance fraction 0.050"), lowAcceptance.message());

        Convergence badRHat = convergence(0.4, new double[] {40, 45, 42}, new double[] {1.001, 1.2, 1.0});
        assertEquals(1, badRHat.problems().size());
        assertTrue(badRHat.message().contains("split-R-hat of c1 is 1.2000"), badRHat.message());

        Convergence shortChain = convergence(0.4, new double[] {40, 45, 100}, new double[] {1.001, 1.002, 1.0});
        assertEquals(1, shortChain.problems().size());
        assertTrue(shortChain.message().contains("τ = 100.0 steps for sigma_int"), shortChain.message());
        assertTrue(shortChain.message().contains("keep at least 5000 steps"), shortChain.message());
    }

    @Test
    void aNaNDiagnosticFails() {
        assertFalse(convergence(0.4, new double[] {40, 45, 42}, new double[] {Double.NaN, 1, 1}).converged());
        assertFalse(convergence(0.4, new double[] {40, Double.POSITIVE_INFINITY, 42}, new double[] {1, 1, 1}).converged());
    }

    private static Convergence convergence(double acceptance, double[] tau, double[] rHat) {
        double[] ess = new double[tau.length];
        for (int d = 0; d < tau.length; d++) ess[d] = 4 * 32 * 4000 / tau[d];
        return new Convergence(NAMES, acceptance, tau, ess, rHat, 4000, 32, 4, ConvergenceCriteria.defaults());
    }
}
