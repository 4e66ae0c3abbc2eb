package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lyrae.ml.fourier.Estimate;

/**
 * Reads the spectroscopic stars of {@code spectroscopic/CHR_X_phot_single.dat} (CHR) and
 * {@code spectroscopic/LIT_hires_feh_{1,2}_X_phot.dat} (LIT) into one {@link SpectroscopicStar} each.
 *
 * <p>A row of these files is one spectrum crossed with one light curve of the star, so
 * <ul>
 *   <li>a spectrum's value is {@code feh + shift} (the shift puts each literature source on the common
 *       scale) and its error is {@code e_feh};</li>
 *   <li>rows that agree in every spectroscopic column (instrument, source, feh0, e_feh0, n0, feh1, e_feh1,
 *       n1, feh, e_feh, shift, where present) are one spectrum, repeated because the star has two light
 *       curves (BO_Gru, BN_Aqr) or is listed twice (Y_Crv, DX_Del): counted once;</li>
 *   <li>a CHR star is identified by its Gaia DR2 {@code gaia_id}; a LIT star by its name (ignoring case,
 *       '_' and the 'J' of "ASAS-J") or by a position within {@value #MATCH_RADIUS_ARCSEC} arcsec, which also
 *       joins the two LIT files.</li>
 * </ul>
 * The spectra of a star are combined by {@link SpectroscopicMetallicity#combine}. A star in both sets is
 * kept once, from CHR (matched by name or position): LIT values of such a star are not mixed in, because
 * CHR's homogeneous re-analysis is the better scale. Non-RR Lyrae objects of the LIT files are returned
 * too (see {@link SpectroscopicStar#isRrLyrae()}); callers choose.
 */
public final class SpectroscopicStars {

    public static final String CHR_FILE = "spectroscopic/CHR_X_phot_single.dat";
    public static final List<String> LIT_FILES =
            List.of("spectroscopic/LIT_hires_feh_1_X_phot.dat", "spectroscopic/LIT_hires_feh_2_X_phot.dat");

    /** Two entries closer than this are the same star. */
    public static final double MATCH_RADIUS_ARCSEC = 2.0;

    private static final List<String> SPECTRUM_COLUMNS = List.of(
            "instrument", "source", "feh0", "e_feh0", "n0", "feh1", "e_feh1", "n1", "feh", "e_feh", "shift");
    private static final List<String> PHOTOMETRY_COLUMNS = List.of(
            "use", "use_id", "period", "totamp", "A1", "A2", "A3", "A1_e", "A2_e", "A3_e", "phi21", "phi21_e",
            "phi31", "phi31_e", "meanmag", "snr", "phcov", "Npt", "order");

    private SpectroscopicStars() {
    }

    /** CHR stars in file order, then the LIT stars that are not in CHR. */
    public static List<SpectroscopicStar> read(Path dataDir) throws IOException {
        List<Builder> chr = group(WhitespaceTable.read(dataDir.resolve(CHR_FILE)), true);
        List<Map<String, String>> litRows = new ArrayList<>();
        for (String f : LIT_FILES) litRows.addAll(WhitespaceTable.read(dataDir.resolve(f)));
        List<Builder> stars = new ArrayList<>(chr);
        for (Builder s : group(litRows, false)) {
            if (chr.stream().noneMatch(c -> c.sameStar(s.name, s.ra, s.dec))) stars.add(s);
        }
        return stars.stream().map(Builder::build).toList();
    }

    /** Groups file rows into stars (see the class comment for what identifies a star). */
    private static List<Builder> group(List<Map<String, String>> rows, boolean chr) {
        List<Builder> stars = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String name = row.get("name");
            Long gaiaId = chr ? Long.valueOf(row.get("gaia_id")) : null;
            double ra = Double.parseDouble(row.get(chr ? "ra_gaia" : "RA"));
            double dec = Double.parseDouble(row.get(chr ? "dec_gaia" : "DEC"));
            Builder star = stars.stream()
                    .filter(s -> chr ? s.gaiaId.equals(gaiaId) : s.sameStar(name, ra, dec))
                    .findFirst().orElse(null);
            if (star == null) {
                star = new Builder(chr ? "CHR" : "LIT", name, gaiaId, ra, dec, row.get("type"));
                stars.add(star);
            }
            // the two LIT files disagree once on the Blazhko flag (UU_Cet): any "-BL" counts
            star.blazhko |= row.get("type").endsWith("-BL");
            StringBuilder key = new StringBuilder();
            for (String c : SPECTRUM_COLUMNS) key.append(row.get(c)).append('|');
            star.spectra.putIfAbsent(key.toString(), new Spectrum(
                    Double.parseDouble(row.get("feh")) + Double.parseDouble(row.get("shift")),
                    WhitespaceTable.number(row, "e_feh"),
                    row.get("source"),
                    "1.0".equals(row.get("keep"))));
            if (row.get("period") != null) {
                StringBuilder lc = new StringBuilder();
                for (String c : PHOTOMETRY_COLUMNS) lc.append(row.get(c)).append('|');
                star.photometry.putIfAbsent(lc.toString(), photometry(row));
            }
        }
        return stars;
    }

    private static GroundPhotometry photometry(Map<String, String> row) {
        return new GroundPhotometry(row.get("use"), row.get("use_id"),
                WhitespaceTable.number(row, "period"), WhitespaceTable.number(row, "totamp"),
                estimate(row, "A1"), estimate(row, "A2"), estimate(row, "A3"),
                estimate(row, "phi21"), estimate(row, "phi31"),
                WhitespaceTable.number(row, "meanmag"), WhitespaceTable.number(row, "snr"),
                WhitespaceTable.number(row, "phcov"), (int) WhitespaceTable.number(row, "Npt"),
                (int) WhitespaceTable.number(row, "order"));
    }

    private static Estimate estimate(Map<String, String> row, String column) {
        return new Estimate(WhitespaceTable.number(row, column), WhitespaceTable.number(row, column + "_e"));
    }

    /** "Crestani21" → "Crestani+2021", "Nemec2013" → "Nemec+2013"; anything else unchanged. */
    public static String citation(String source) {
        Matcher m = Pattern.compile("([A-Za-z&]+?)(\\d{4}|\\d{2})").matcher(source);
        if (!m.matches()) return source;
        String year = m.group(2);
        if (year.length() == 2) year = (Integer.parseInt(year) < 50 ? "20" : "19") + year;
        return m.group(1) + "+" + year;
    }

    /** Names compare equal when they differ only in case, '_' or spaces, or the 'J' of "ASAS-J". */
    static String normalisedName(String name) {
        return name.toUpperCase(Locale.ROOT).replace("ASAS-J", "ASAS-").replaceAll("[\\s_]", "");
    }

    private record Spectrum(double feh, double error, String source, boolean kept) {
    }

    /** A star while its rows are being collected. */
    private static final class Builder {
        final String catalogue;
        final String name;
        final Long gaiaId;
        final double ra;
        final double dec;
        final String type;
        boolean blazhko;
        /** Distinct spectra, keyed by their spectroscopic columns. */
        final Map<String, Spectrum> spectra = new LinkedHashMap<>();
        /** Distinct light-curve fits, keyed by their photometric columns. */
        final Map<String, GroundPhotometry> photometry = new LinkedHashMap<>();

        Builder(String catalogue, String name, Long gaiaId, double ra, double dec, String type) {
            this.catalogue = catalogue;
            this.name = name;
            this.gaiaId = gaiaId;
            this.ra = ra;
            this.dec = dec;
            this.type = type.endsWith("-BL") ? type.substring(0, type.length() - 3) : type;
        }

        boolean sameStar(String otherName, double otherRa, double otherDec) {
            return normalisedName(name).equals(normalisedName(otherName))
                    || Sky.separationArcsec(ra, dec, otherRa, otherDec) <= MATCH_RADIUS_ARCSEC;
        }

        SpectroscopicStar build() {
            double[] v = spectra.values().stream().mapToDouble(Spectrum::feh).toArray();
            double[] e = spectra.values().stream().mapToDouble(Spectrum::error).toArray();
            SpectroscopicMetallicity.Combined c = SpectroscopicMetallicity.combine(v, e);
            TreeSet<String> citations = new TreeSet<>();
            for (Spectrum s : spectra.values()) citations.add(citation(s.source()));
            int kept = (int) spectra.values().stream().filter(Spectrum::kept).count();
            return new SpectroscopicStar(catalogue, name, gaiaId, ra, dec, type, blazhko, c.feh(), c.error(),
                    spectra.size(), kept, List.copyOf(citations), List.copyOf(photometry.values()));
        }
    }
}
