package org.lyrae.ml.calib;

import org.lyrae.ml.fourier.Estimate;

/**
 * The lcfit Fourier parameters of a star's ground-based light curve, as the CHR/LIT files give them.
 * All of them are I-band: Monson+2017 I, ASAS I, OGLE I and (RR Gem) Konkoly I, which we checked
 * against Monson's own V and I curves (mean magnitude and amplitude match I, not V). Phases are
 * sine-convention and wrapped as lcfit wrote them (φ21 ≈ 7.4–12.6, φ31 ≈ 4.0–7.9). Errors are the
 * file's {@code _e} columns, printed to 3 decimals (so 0.0 means "below 0.0005"); the files give
 * no period or total-amplitude error.
 *
 * @param survey         the file's {@code use}: {@code asas}, {@code monson}, {@code ogle}, {@code kbs}
 * @param curveId        the file's {@code use_id}: the light curve's name in that survey
 * @param period         days
 * @param totalAmplitude peak-to-peak amplitude of the fitted model, mag ({@code totamp})
 * @param meanMagnitude  {@code meanmag} (instrumental for kbs)
 * @param signalToNoise  lcfit {@code snr}
 * @param phaseCoverage  lcfit {@code phcov}
 * @param points         {@code Npt}: epochs in the fit
 * @param order          Fourier order of the fit
 */
public record GroundPhotometry(String survey, String curveId, double period, double totalAmplitude, Estimate a1,
                               Estimate a2, Estimate a3, Estimate phi21, Estimate phi31, double meanMagnitude,
                               double signalToNoise, double phaseCoverage, int points, int order) {

    /** Every survey in these files observed in the I band (see the class comment for the check). */
    public static final String BAND = "I";
}
