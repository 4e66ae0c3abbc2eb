package org.lyrae.ml.catalogue;

/**
 * A star's spectroscopic [Fe/H], already combined over its spectra by the calibration sample's rule,
 * with the position the compilation gives for it.
 *
 * @param sourceId  the Gaia source_id the compilation lists (CHR: Gaia DR2)
 * @param feh       combined [Fe/H], dex
 * @param fehError  its uncertainty, dex
 * @param nSpectra  number of distinct spectra combined
 * @param sources   literature sources, ';'-separated
 * @param ra        right ascension, degrees (NaN when not given)
 * @param dec       declination, degrees (NaN when not given)
 * @param type      pulsation type, {@code RRab} or {@code RRc} (null when not given)
 */
public record SpectroscopicValue(long sourceId, double feh, double fehError, int nSpectra, String sources, double ra,
                                 double dec, String type) {
}
