package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/** Inputs that cannot be fitted raise {@link FourierFitException} naming the star and the problem. */
class DegenerateInputTest {

    private static LightCurve curve(String id, double[] t, double[] m, double[] e, double period) {
        return new LightCurve(id, "G", t, m, e, period, Map.of());
    }

    private static void assertFails(String id, String problem, Runnable call) {
        FourierFitException e = assertThrows(FourierFitException.class, call::run);
        assertEquals(id, e.starId());
        assertTrue(e.getMessage().contains(id), e.getMessage());
        assertTrue(e.getMessage().contains(problem), "'" + e.getMessage() + "' should mention '" + problem + "'");
    }

    @Test
    void oneEpoch() {
        LightCurve lc = curve("one", new double[] {1}, new double[] {12}, new double[] {0.01}, 0.5);
        assertFails("one", "1 usable epoch", () -> LightCurveAnalyzer.analyze(lc));
        assertFails("one", "1 usable epoch", () -> new PeriodSearch().search(lc));
    }

    @Test
    void allNaN() {
        double[] nan = new double[30];
        Arrays.fill(nan, Double.NaN);
        double[] t = new double[30];
        Arrays.setAll(t, i -> i * 1.3);
        LightCurve lc = curve("nan", t, nan, null, Double.NaN);
        assertFails("nan", "no usable epoch among 30", () -> LightCurveAnalyzer.analyze(lc));
    }

    @Test
    void tooFewForAnyOrder() {
        LightCurve lc = curve("four", new double[] {0, 0.3, 1.1, 2.7}, new double[] {12, 12.3, 12.1, 12.4}, null, 0.5);
        assertFails("four", "a Fourier fit needs at least", () -> LightCurveAnalyzer.analyze(lc));
    }

    @Test
    void nonFiniteEpochsAreDroppedAndCountedButDoNotRescueTooFew() {
        double[] t = {0, 0.3, Double.NaN, 2.7, 3.1, 4.2, 5.5};
        double[] m = {12, 12.3, 12.1, Double.NaN, 12.2, 12.0, 12.3};
        LightCurve lc = curve("holes", t, m, null, 0.5);
        assertFails("holes", "(2 dropped as non-finite)", () -> LightCurveAnalyzer.analyze(lc));
    }

    @Test
    void noTimeSpan() {
        double[] t = new double[20];
        Arrays.fill(t, 100.0);
        double[] m = new double[20];
        Arrays.setAll(m, i -> 12 + 0.01 * i);
        assertFails("still", "same time", () -> new PeriodSearch().search(curve("still", t, m, null, Double.NaN)));
    }

    @Test
    void allEpochsAtOnePhaseOfTheGivenPeriod() {
        double[] t = new double[20];
        Arrays.setAll(t, i -> 3.0 * i);           // every epoch a whole number of 0.5 d cycles apart
        double[] m = new double[20];
        Arrays.setAll(m, i -> 12 + 0.01 * (i % 3));
        assertFails("strobe", "constrain", () -> new FourierFitter().fit(curve("strobe", t, m, null, 0.5), 0.5));
    }

    @Test
    void badPeriod() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(1).next();
        String id = c.lightCurve().id();
        assertFails(id, "not a positive finite number", () -> new FourierFitter().fit(c.lightCurve(), -0.5));
        assertFails(id, "not a positive finite number", () -> new FourierFitter().fit(c.lightCurve(), Double.NaN));
    }

    @Test
    void droppedEpochsOfAGoodCurveAreCountedAndNotUsed() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(3).next(SyntheticCurves.Type.RRAB, 50, 1000);
        LightCurve lc = c.lightCurve();
        double[] m = lc.mag().clone();
        double[] e = lc.magErr().clone();
        m[5] = Double.NaN;
        e[9] = 0;
        LightCurve holed = new LightCurve(lc.id(), lc.band(), lc.time(), m, e, c.period(), lc.dropped());
        LightCurveAnalysis a = LightCurveAnalyzer.analyze(holed);
        assertEquals(2, a.fit().epochsDropped());
        assertEquals(48, a.fit().epochsUsed() + a.fit().epochsClipped());
        assertFalse(a.fit().used()[5]);
        assertFalse(a.fit().used()[9]);
        assertEquals(48, a.folded().observedPhase().length);
        assertTrue(Double.isFinite(a.fit().phi31Sine().value()));
    }
}
