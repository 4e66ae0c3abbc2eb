package org.lyrae.ml.calib;

import java.util.List;

/**
 * One star with high-resolution spectroscopic [Fe/H] (CHR or LIT file), its spectra combined by
 * {@link SpectroscopicMetallicity}, with the ground-based light-curve parameters the files carry.
 *
 * @param catalogue   {@code CHR} or {@code LIT}
 * @param name        the file's name (CHR's for a star in both)
 * @param gaiaId      Gaia DR2 source_id (CHR); null for LIT stars
 * @param ra          degrees (Gaia DR2 for CHR, the file's RA for LIT)
 * @param dec         degrees
 * @param type        pulsation type without the Blazhko mark: {@code RRab}, {@code RRc}, or what the file
 *                    says for other objects ({@code CWb}, {@code HADS?}, {@code EB}, …)
 * @param blazhko     true when any row of the star has a type ending in {@code -BL}
 * @param feh         combined [Fe/H], dex
 * @param fehError    its error, dex
 * @param nSpectra    distinct spectra combined
 * @param nSpectraKept how many of them the compilation itself marks {@code keep = 1} (informative only: the
 *                    combination uses all spectra)
 * @param sources     literature sources of the spectra ("Crestani+2021", …), sorted
 * @param photometry  distinct ground-based light-curve fits of the star, in file order (usually one; BO_Gru has
 *                    two fits of one curve); empty when the files give none
 */
public record SpectroscopicStar(String catalogue, String name, Long gaiaId, double ra, double dec, String type,
                                boolean blazhko, double feh, double fehError, int nSpectra, int nSpectraKept,
                                List<String> sources, List<GroundPhotometry> photometry) {

    public static final String RRAB = "RRab";
    public static final String RRC = "RRc";

    public SpectroscopicStar {
        sources = List.copyOf(sources);
        photometry = List.copyOf(photometry);
    }

    /** RRab or RRc. RRd (none in these files) and non-RR Lyrae objects are not. */
    public boolean isRrLyrae() {
        return RRAB.equals(type) || RRC.equals(type);
    }

    /** The ground-based period (first light-curve fit), days; NaN when the files give none. */
    public double period() {
        return photometry.isEmpty() ? Double.NaN : photometry.get(0).period();
    }
}
