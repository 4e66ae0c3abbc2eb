package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/**
 * Honest errors: on synthetic Gaia-like curves with known parameters, the pulls (estimate − truth)/σ have a
 * standard deviation between 0.8 and 1.25.
 *
 * <ul>
 *   <li>Full pipeline (period searched), correct errors: period, φ31, R21, A1; and the search finds the true
 *       alias for at least 95% of the curves (a wrong alias: period off by more than 1e-4 relative, over 30σ for
 *       these curves).</li>
 *   <li>Known period, errors quoted at half the true noise, and no errors at all: φ31, R21, A1. This is what the
 *       excess-scatter weighting and the χ²-scaling of the covariance are for: either one alone keeps the
 *       spread at about 1.1 when errors are understated; with neither it was measured at 2.7.</li>
 * </ul>
 * Curves whose sampling allows fewer than three harmonics (φ31 undefined, flagged LOW_ORDER) are counted and
 * left out.
 */
class SyntheticPullTest {

    private static final String[] NAMES = {"period", "phi31", "R21", "A1"};

    @Test
    void pullsHaveUnitSpreadWithSearchedPeriods() {
        SyntheticCurves generator = new SyntheticCurves(20260101);
        PeriodSearch search = new PeriodSearch();
        Pulls pulls = new Pulls();
        int curves = 400;
        for (int i = 0; i < curves; i++) {
            SyntheticCurves.SyntheticCurve truth = generator.next();
            pulls.add(truth, search.search(truth.lightCurve()).fit());
        }
        pulls.check("searched periods, correct errors", curves, 0);
    }

    @Test
    void pullsHaveUnitSpreadWhenErrorsAreUnderstated() {
        checkKnownPeriod("known periods, errors quoted at half the noise", 1, e -> e * 0.5);
    }

    @Test
    void pullsHaveUnitSpreadWithoutErrors() {
        checkKnownPeriod("known periods, no errors", 2, null);
    }

    private static void checkKnownPeriod(String what, long seed, DoubleUnaryOperator quotedError) {
        SyntheticCurves generator = new SyntheticCurves(seed);
        FourierFitter fitter = new FourierFitter();
        Pulls pulls = new Pulls();
        int curves = 400;
        for (int i = 0; i < curves; i++) {
            SyntheticCurves.SyntheticCurve truth = generator.next();
            LightCurve lc = truth.lightCurve();
            double[] err = null;
            if (quotedError != null) {
                err = lc.magErr().clone();
                for (int j = 0; j < err.length; j++) {
                    err[j] = quotedError.applyAsDouble(err[j]);
                }
            }
            LightCurve quoted = new LightCurve(lc.id(), lc.band(), lc.time(), lc.mag(), err, truth.period(), lc.dropped());
            pulls.add(truth, fitter.fit(quoted, truth.period()));
        }
        pulls.check(what, curves, 1);
    }

    /** Collected pulls of period, φ31, R21, A1 and the curves left out. */
    private static final class Pulls {
        final List<double[]> values = new ArrayList<>();
        int wrongAlias;
        int lowOrder;

        void add(SyntheticCurves.SyntheticCurve truth, FourierFit fit) {
            double period = fit.period().value();
            if (Math.abs(period - truth.period()) / truth.period() > 1e-4) {
                wrongAlias++;
                return;
            }
            if (fit.order() < 3) {
                assertTrue(fit.has(QualityFlag.LOW_ORDER) && Double.isNaN(fit.phi31Sine().value()));
                lowOrder++;
                return;
            }
            double dPhi = PhaseConvention.wrap(fit.phi31Sine().value() - truth.phi31Sine() + Math.PI) - Math.PI;
            values.add(new double[] {
                fit.periodGiven() ? Double.NaN : (period - truth.period()) / fit.period().error(),
                dPhi / fit.phi31Sine().error(),
                (fit.r21().value() - truth.r21()) / fit.r21().error(),
                (fit.amplitudes().get(0).value() - truth.amplitudes()[0]) / fit.amplitudes().get(0).error()});
        }

        /** Asserts unit spread for quantities from {@code first} on. */
        void check(String what, int curves, int first) {
            StringBuilder report = new StringBuilder();
            double[] spread = new double[NAMES.length];
            for (int q = first; q < NAMES.length; q++) {
                double sum = 0;
                double sumSquares = 0;
                for (double[] p : values) {
                    sum += p[q];
                    sumSquares += p[q] * p[q];
                }
                double mean = sum / values.size();
                spread[q] = Math.sqrt(sumSquares / values.size() - mean * mean);
                report.append(String.format(" %s: mean %.2f sd %.2f;", NAMES[q], mean, spread[q]));
            }
            System.out.printf("Synthetic pulls, %s, %d curves (%d wrong aliases, %d below order 3):%s%n", what,
                    values.size(), wrongAlias, lowOrder, report);
            assertTrue(wrongAlias <= 0.05 * curves, wrongAlias + " of " + curves + " curves got the wrong alias");
            assertTrue(lowOrder <= 0.05 * curves, lowOrder + " of " + curves + " curves fitted below order 3");
            for (int q = first; q < NAMES.length; q++) {
                assertTrue(spread[q] >= 0.8 && spread[q] <= 1.25, what + ": " + NAMES[q] + " pull spread " + spread[q]
                        + ";" + report);
            }
        }
    }
}
