package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/**
 * The fixed-period fit and its derived quantities against values computed independently from the generating
 * model (dense grids, not the fitter's own formulas).
 */
class FourierFitterTest {

    private static final double[] AMPLITUDE = {0.30, 0.15, 0.10, 0.06};
    private static final double[] PHASE = {1.1, 2.0, 4.2, 0.7};     // sine phases φ_k at t0 = 0
    private static final double PERIOD = 0.5713;
    private static final double MEAN = 14.2;

    private static double model(double t) {
        double m = MEAN;
        for (int k = 1; k <= AMPLITUDE.length; k++) {
            m += AMPLITUDE[k - 1] * Math.sin(2 * Math.PI * k * t / PERIOD + PHASE[k - 1]);
        }
        return m;
    }

    /** Noiseless, irregularly sampled curve of the model above. */
    private static LightCurve noiseless(int n) {
        SplittableRandom random = new SplittableRandom(5);
        double[] t = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = random.nextDouble() * 900;
            m[i] = model(t[i]);
        }
        return new LightCurve("noiseless", "G", t, m, null, PERIOD, Map.of());
    }

    @Test
    void recoversAnExactModelAndItsShape() {
        FourierFit fit = new FourierFitter().fit(noiseless(60), PERIOD);
        assertEquals(4, fit.order(), "BIC should stop at the generating order");
        assertEquals(MEAN, fit.meanMagnitude().value(), 1e-9);
        for (int k = 1; k <= 4; k++) {
            assertEquals(AMPLITUDE[k - 1], fit.amplitudes().get(k - 1).value(), 1e-9);
        }
        assertEquals(AMPLITUDE[1] / AMPLITUDE[0], fit.r21().value(), 1e-9);
        assertEquals(AMPLITUDE[2] / AMPLITUDE[0], fit.r31().value(), 1e-9);
        // Phase differences are independent of the epoch the fit uses.
        assertEquals(0, PhaseConvention.angularDistance(PHASE[1] - 2 * PHASE[0], fit.phi21Sine().value()), 1e-9);
        assertEquals(0, PhaseConvention.angularDistance(PHASE[2] - 3 * PHASE[0], fit.phi31Sine().value()), 1e-9);

        // Shape quantities against a dense grid over one cycle.
        int grid = 200_000;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double tMin = 0;
        double flux = 0;
        for (int j = 0; j < grid; j++) {
            double t = PERIOD * j / grid;
            double m = model(t);
            flux += Math.pow(10, -0.4 * m);
            if (m < min) {
                min = m;
                tMin = t;
            }
            max = Math.max(max, m);
        }
        assertEquals(max - min, fit.peakToPeakAmplitude().value(), 1e-8);
        assertEquals(-2.5 * Math.log10(flux / grid), fit.intensityMeanMagnitude().value(), 1e-8);
        double cycles = (fit.epochOfMaximum().value() - tMin) / PERIOD;
        assertEquals(0, cycles - Math.rint(cycles), 1e-5, "epoch of maximum is a brightest instant");
        assertTrue(Math.abs(fit.epochOfMaximum().value() - fit.referenceEpoch()) <= PERIOD / 2 + 1e-12);
        assertEquals(0, fit.epochsClipped());
    }

    @Test
    void conventionsDifferByTheDerivedOffsets() {
        FourierFit fit = new FourierFitter().fit(noiseless(60), PERIOD);
        // The same curve written as a cosine series: ψ_k = φ_k − π/2, so ψ_k1 = φ_k1 + (k−1)π/2.
        double psi1 = PHASE[0] - Math.PI / 2;
        double psi2 = PHASE[1] - Math.PI / 2;
        double psi3 = PHASE[2] - Math.PI / 2;
        assertEquals(0, PhaseConvention.angularDistance(psi2 - 2 * psi1, fit.phi21Cosine().value()), 1e-9);
        assertEquals(0, PhaseConvention.angularDistance(psi3 - 3 * psi1, fit.phi31Cosine().value()), 1e-9);
        assertEquals(fit.phi31Sine().error(), fit.phi31Cosine().error());
        assertEquals(0, PhaseConvention.angularDistance(fit.phi31Sine().value(),
                PhaseConvention.cosineToSine(3, fit.phi31Cosine().value())), 1e-12);
    }

    @Test
    void foldedCurveIsAlignedOnTheFirstHarmonic() {
        LightCurve lc = noiseless(60);
        LightCurveAnalysis a = LightCurveAnalyzer.analyze(lc);
        FoldedCurve folded = a.folded();
        double[] mag = folded.modelMag();
        int n = mag.length;
        assertEquals(100, n);
        // First-harmonic content of the resampled model: pure +sin, i.e. φ1 = 0 in the sine convention.
        double sinPart = 0;
        double cosPart = 0;
        double mean = 0;
        for (int j = 0; j < n; j++) {
            sinPart += 2.0 / n * mag[j] * Math.sin(2 * Math.PI * j / n);
            cosPart += 2.0 / n * mag[j] * Math.cos(2 * Math.PI * j / n);
            mean += mag[j] / n;
        }
        assertEquals(AMPLITUDE[0], sinPart, 1e-9);
        assertEquals(0, cosPart, 1e-9);
        assertEquals(0, mean, 1e-12, "magnitudes relative to the mean");
        // Observed points fall on the resampled model: compare each with the model at its phase.
        double[] phase = folded.observedPhase();
        double[] observed = folded.observedMag();
        for (int i = 0; i < phase.length; i++) {
            double t = folded.epochOfZeroPhase() + phase[i] * PERIOD;
            assertEquals(model(t) - MEAN, observed[i], 1e-9);
            assertTrue(phase[i] >= 0 && phase[i] < 1);
        }
        double t0 = folded.epochOfZeroPhase();
        for (int j = 0; j < n; j += 7) {
            assertEquals(model(t0 + PERIOD * j / n) - MEAN, mag[j], 1e-9);
        }
    }

    @Test
    void errorsShrinkWithMoreEpochs() {
        SyntheticCurves generator = new SyntheticCurves(11);
        SyntheticCurves.SyntheticCurve few = generator.next(SyntheticCurves.Type.RRAB, 40, 1000);
        FourierFit small = new FourierFitter().fit(few.lightCurve(), few.period());
        SyntheticCurves.SyntheticCurve many = generator.next(SyntheticCurves.Type.RRAB, 400, 1000);
        FourierFit large = new FourierFitter().fit(many.lightCurve(), many.period());
        double perNoiseSmall = small.amplitudes().get(0).error() / few.noise();
        double perNoiseLarge = large.amplitudes().get(0).error() / many.noise();
        // σ(A1) ≈ noise × sqrt(2/N): ten times the epochs, about a third of the (noise-normalised) error.
        assertEquals(Math.sqrt(10), perNoiseSmall / perNoiseLarge, 1.0);
    }
}
