package org.lyrae.ml.fourier;

import java.util.List;
import java.util.Set;

/**
 * Everything measured on one star's light curve by the Fourier fit. Phases are in radians in [0, 2π),
 * magnitudes in the light curve's band, times in its time system, periods in days.
 *
 * @param starId                 the light curve's id
 * @param period                 period; its error is NaN when the period was given (held fixed)
 * @param periodGiven            true when the period came with the light curve or the call
 * @param referenceEpoch         t0 of the model: the time origin of {@code sinePhases}
 * @param epochOfMaximum         time of maximum brightness (minimum magnitude) nearest {@code referenceEpoch}
 * @param order                  number of harmonics K, chosen by BIC
 * @param meanMagnitude          A0, the magnitude-averaged mean
 * @param intensityMeanMagnitude −2.5 log10 of the phase-averaged flux of the model
 * @param peakToPeakAmplitude    faintest minus brightest model magnitude
 * @param amplitudes             A_1…A_K (same in both conventions)
 * @param sinePhases             φ_1…φ_K of m = A0 + Σ A_k sin(kω(t−t0) + φ_k) (lcfit convention)
 * @param r21                    A2/A1; NaN when K < 2
 * @param r31                    A3/A1; NaN when K < 3
 * @param phi21Sine              φ21 = φ2 − 2φ1, sine (lcfit) convention; NaN when K < 2
 * @param phi31Sine              φ31 = φ3 − 3φ1, sine (lcfit) convention, RRab ≈ 5.0–5.5; NaN when K < 3
 * @param phi21Cosine            the same in the cosine convention of Gaia DR3 {@code phi21_g} (= φ21 + π/2)
 * @param phi31Cosine            the same in the cosine convention of Gaia DR3 {@code phi31_g} (= φ31 + π)
 * @param phaseCoverage          fraction of phase bins holding a used epoch
 * @param maxPhaseGap            largest phase interval without a used epoch, cycles
 * @param residualRms            unweighted rms of the used epochs' residuals, mag
 * @param reducedChi2            χ²/(N − parameters) with the given errors alone; NaN when the curve has no errors
 * @param excessScatter          scatter added in quadrature to the given errors to weight the fit (0 when they
 *                               explain the residuals); without errors, the residual scatter that sets the weights
 * @param epochsUsed             epochs in the final fit
 * @param epochsClipped          epochs removed by sigma clipping
 * @param epochsDropped          epochs unusable from the start (non-finite time, magnitude or error)
 * @param signalToNoise          peak-to-peak amplitude / (residualRms / √epochsUsed)
 * @param flags                  quality warnings
 * @param model                  the fitted model with its covariance
 * @param used                   per epoch of the input light curve: whether it is in the final fit
 */
public record FourierFit(String starId, Estimate period, boolean periodGiven, double referenceEpoch,
                         Estimate epochOfMaximum, int order, Estimate meanMagnitude, Estimate intensityMeanMagnitude,
                         Estimate peakToPeakAmplitude, List<Estimate> amplitudes, List<Estimate> sinePhases,
                         Estimate r21, Estimate r31, Estimate phi21Sine, Estimate phi31Sine, Estimate phi21Cosine,
                         Estimate phi31Cosine, double phaseCoverage, double maxPhaseGap, double residualRms,
                         double reducedChi2, double excessScatter, int epochsUsed, int epochsClipped, int epochsDropped,
                         double signalToNoise, Set<QualityFlag> flags, HarmonicModel model, boolean[] used) {

    public FourierFit {
        amplitudes = List.copyOf(amplitudes);
        sinePhases = List.copyOf(sinePhases);
        flags = Set.copyOf(flags);
        used = used.clone();
    }

    @Override
    public boolean[] used() {
        return used.clone();
    }

    public boolean has(QualityFlag flag) {
        return flags.contains(flag);
    }
}
