package org.lyrae.ml.fourier;

import org.lyrae.ml.lc.LightCurve;

/**
 * The light curve folded on its period with phase zero where the first harmonic's sine phase is zero
 * (φ₁ = 0, the alignment the light-curve networks are trained on), magnitudes relative to the mean A0.
 *
 * @param epochOfZeroPhase time of phase 0, in the light curve's time system
 * @param period           folding period, days
 * @param modelPhase       j / points, j = 0…points−1
 * @param modelMag         fitted model minus A0 at {@code modelPhase}: the fixed-length input for networks
 * @param observedPhase    phase of each usable epoch, in [0, 1)
 * @param observedMag      its magnitude minus A0
 * @param observedUsed     whether it is in the fit (false: sigma-clipped)
 */
public record FoldedCurve(double epochOfZeroPhase, double period, double[] modelPhase, double[] modelMag,
                          double[] observedPhase, double[] observedMag, boolean[] observedUsed) {

    public FoldedCurve {
        modelPhase = modelPhase.clone();
        modelMag = modelMag.clone();
        observedPhase = observedPhase.clone();
        observedMag = observedMag.clone();
        observedUsed = observedUsed.clone();
    }

    @Override
    public double[] modelPhase() {
        return modelPhase.clone();
    }

    @Override
    public double[] modelMag() {
        return modelMag.clone();
    }

    @Override
    public double[] observedPhase() {
        return observedPhase.clone();
    }

    @Override
    public double[] observedMag() {
        return observedMag.clone();
    }

    @Override
    public boolean[] observedUsed() {
        return observedUsed.clone();
    }

    /**
     * The fitted model minus A0 at phases j/points, aligned so that φ₁ = 0: the shape of the curve
     * without the observations (what {@link #modelMag()} holds, from the fit alone).
     */
    public static double[] modelShape(FourierFit fit, int points) {
        return ModelProfile.of(fit.model(), points).relativeMag;
    }

    /** Folds {@code lc} with {@code fit} (which must come from the same light curve), model on {@code points} phases. */
    public static FoldedCurve of(LightCurve lc, FourierFit fit, int points) {
        HarmonicModel model = fit.model();
        ModelProfile profile = ModelProfile.of(model, points);
        double period = model.period();
        double zero = model.referenceEpoch() - profile.phi1 / model.omega();
        double mean = fit.meanMagnitude().value();
        double[] modelPhase = new double[points];
        for (int j = 0; j < points; j++) {
            modelPhase[j] = (double) j / points;
        }
        double[] time = lc.time();
        double[] mag = lc.mag();
        boolean[] used = fit.used();
        int usable = fit.epochsUsed() + fit.epochsClipped();
        double[] phase = new double[usable];
        double[] relative = new double[usable];
        boolean[] in = new boolean[usable];
        int j = 0;
        for (int i = 0; i < time.length && j < usable; i++) {
            if (Observations.isUsable(lc, i)) {
                double cycles = (time[i] - zero) / period;
                phase[j] = cycles - Math.floor(cycles);
                relative[j] = mag[i] - mean;
                in[j] = used[i];
                j++;
            }
        }
        return new FoldedCurve(zero, period, modelPhase, profile.relativeMag, phase, relative, in);
    }
}
