package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/** Sigma clipping removes injected outliers and only them; quality flags fire on the conditions they name. */
class CleaningAndFlagsTest {

    private static LightCurve withMags(LightCurve lc, double[] mag, double[] err) {
        return new LightCurve(lc.id(), lc.band(), lc.time(), mag, err, lc.period(), lc.dropped());
    }

    @Test
    void clipsInjectedOutliersOnly() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(21).next(SyntheticCurves.Type.RRAB, 60, 1000);
        LightCurve clean = c.withKnownPeriod();
        double[] mag = clean.mag().clone();
        int[] outliers = {4, 17, 41};
        for (int i : outliers) {
            mag[i] += 0.5;
        }
        FourierFit fit = new FourierFitter().fit(withMags(clean, mag, clean.magErr()), c.period());
        assertEquals(3, fit.epochsClipped());
        assertEquals(57, fit.epochsUsed());
        for (int i : outliers) {
            assertFalse(fit.used()[i], "outlier " + i + " kept");
        }
        // The same as fitting the clean curve without those epochs (they are dropped as non-finite there).
        double[] without = clean.mag().clone();
        for (int i : outliers) {
            without[i] = Double.NaN;
        }
        FourierFit reference = new FourierFitter().fit(withMags(clean, without, clean.magErr()), c.period());
        assertEquals(0, reference.epochsClipped());
        assertEquals(reference.order(), fit.order());
        assertEquals(reference.phi31Sine().value(), fit.phi31Sine().value(), 1e-9);
        assertEquals(reference.phi31Sine().error(), fit.phi31Sine().error(), 1e-9);
    }

    @Test
    void understatedErrorsRaiseTheReducedChi2FlagAndAreAbsorbedAsExcessScatter() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(22).next(SyntheticCurves.Type.RRAB, 60, 1000);
        LightCurve lc = c.withKnownPeriod();
        double[] err = lc.magErr().clone();
        for (int i = 0; i < err.length; i++) {
            err[i] *= 0.1;
        }
        FourierFit fit = new FourierFitter().fit(withMags(lc, lc.mag(), err), c.period());
        assertTrue(fit.has(QualityFlag.HIGH_REDUCED_CHI2));
        assertTrue(fit.reducedChi2() > 50, "chi2/dof against the quoted errors: " + fit.reducedChi2());
        // The excess scatter is about the true noise the quoted errors miss.
        assertEquals(c.noise(), fit.excessScatter(), 0.5 * c.noise());
    }

    @Test
    void fewPointsAndPoorCoverage() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(23).next(SyntheticCurves.Type.RRAB, 60, 1000);
        LightCurve lc = c.withKnownPeriod();
        // Keep 16 epochs from the first 40% of the cycle only.
        double[] t = new double[16];
        double[] m = new double[16];
        double[] e = new double[16];
        int n = 0;
        for (int i = 0; i < lc.size() && n < 16; i++) {
            double phase = lc.time()[i] / c.period() - Math.floor(lc.time()[i] / c.period());
            if (phase < 0.4) {
                t[n] = lc.time()[i];
                m[n] = lc.mag()[i];
                e[n] = lc.magErr()[i];
                n++;
            }
        }
        assertEquals(16, n, "sampling too sparse for this test");
        FourierFit fit = new FourierFitter().fit(new LightCurve("partial", "G", t, m, e, c.period(),
                lc.dropped()), c.period());
        assertTrue(fit.has(QualityFlag.FEW_POINTS));
        assertTrue(fit.has(QualityFlag.LOW_COVERAGE));
        assertTrue(fit.phaseCoverage() <= 0.45, "coverage " + fit.phaseCoverage());
        assertTrue(fit.maxPhaseGap() >= 0.6, "gap " + fit.maxPhaseGap());
        assertTrue(fit.has(QualityFlag.ORDER_AT_LIMIT));
    }

    @Test
    void ordersBelowThreeLeaveThePhi31Undefined() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(24).next(SyntheticCurves.Type.RRAB, 60, 1000);
        AnalysisOptions twoHarmonics = AnalysisOptions.defaults().toBuilder().orders(1, 2).build();
        FourierFit fit = new FourierFitter(twoHarmonics).fit(c.lightCurve(), c.period());
        assertEquals(2, fit.order());
        assertTrue(fit.has(QualityFlag.LOW_ORDER));
        assertTrue(Double.isNaN(fit.phi31Sine().value()) && Double.isNaN(fit.phi31Cosine().value()));
        assertTrue(Double.isNaN(fit.r31().value()));
        assertTrue(Double.isFinite(fit.phi21Sine().value()) && Double.isFinite(fit.r21().value()));
    }

    @Test
    void givenPeriodIsKeptAndSearchedPeriodGetsAnError() {
        SyntheticCurves.SyntheticCurve c = new SyntheticCurves(25).next(SyntheticCurves.Type.RRC, 60, 1000);
        LightCurveAnalysis given = LightCurveAnalyzer.analyze(c.withKnownPeriod());
        assertEquals(c.period(), given.fit().period().value());
        assertTrue(given.fit().periodGiven() && Double.isNaN(given.fit().period().error()));
        assertTrue(given.candidates().isEmpty());
        LightCurveAnalysis searched = LightCurveAnalyzer.analyze(c.lightCurve());
        FourierFit fit = searched.fit();
        assertFalse(fit.periodGiven());
        assertTrue(fit.period().error() > 0);
        assertEquals(c.period(), fit.period().value(), 5 * fit.period().error());
        assertTrue(searched.candidates().get(0).chosen());
    }
}
