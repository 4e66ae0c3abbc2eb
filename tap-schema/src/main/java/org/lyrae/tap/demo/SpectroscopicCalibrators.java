package org.lyrae.tap.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ac.starlink.table.StarTable;

/**
 * {@code lyrae.calibrators}: one row per RR Lyrae star with high-resolution spectroscopic [Fe/H],
 * from {@code spectroscopic/CHR_X_phot_single.dat} (CHR) and
 * {@code spectroscopic/LIT_hires_feh_{1,2}_X_phot.dat} (LIT).
 *
 * <p>What a row of the files is: one spectrum crossed with one light curve of the star. So
 * <ul>
 *   <li>a spectrum's value is {@code feh + shift} (the shift puts each literature source on the
 *       common scale) and its error is {@code e_feh};</li>
 *   <li>rows that agree in every spectroscopic column (instrument, source, feh0, e_feh0, n0, feh1,
 *       e_feh1, n1, feh, e_feh, shift, where present) are one spectrum, repeated because the star
 *       has two light curves (BO_Gru, BN_Aqr) or listed twice (Y_Crv, DX_Del): counted once;</li>
 *   <li>a CHR star is identified by its Gaia DR2 {@code gaia_id}; a LIT star by its name
 *       (ignoring case, '_' and the 'J' of "ASAS-J") or by a position within 2 arcsec, which also
 *       joins the two LIT files.</li>
 * </ul>
 *
 * <p>Combination rule, per star, over its n distinct spectra v_i with errors e_i:
 * {@code feh} = the weighted mean with weights 1/e_i² when every e_i is positive, else the plain
 * mean; {@code feh_error} = max(s/√n, median e_i), where s is the sample standard deviation of the
 * v_i (s/√n = 0 for n = 1) and the median is replaced by the floor {@value #ERROR_FLOOR} dex when
 * no e_i is given. The median e_i is kept as a lower bound because the quoted errors are per-source
 * systematic uncertainties (the same value for every spectrum of a source): averaging several
 * spectra of a star does not reduce them, so 1/√(Σ 1/e_i²) would be too optimistic.
 *
 * <p>A star in both sets is kept once, from CHR (matched by name or within 2 arcsec): LIT values
 * of such a star are not mixed in. LIT objects whose type is not RRab/RRc (type II Cepheids, HADS,
 * an eclipsing binary) are left out; {@code blazhko} is true when any row of the star has a type
 * ending in "-BL" (the two LIT files disagree on UU_Cet).
 */
public final class SpectroscopicCalibrators implements DemoTableSource {

    static final String CHR_FILE = "spectroscopic/CHR_X_phot_single.dat";
    static final List<String> LIT_FILES =
            List.of("spectroscopic/LIT_hires_feh_1_X_phot.dat", "spectroscopic/LIT_hires_feh_2_X_phot.dat");

    /** Error (dex) assumed for a star none of whose spectra quotes one. */
    static final double ERROR_FLOOR = 0.10;
    /** Two entries closer than this are the same star. */
    static final double MATCH_RADIUS_ARCSEC = 2.0;

    private static final List<String> SPECTRUM_COLUMNS = List.of(
            "instrument", "source", "feh0", "e_feh0", "n0", "feh1", "e_feh1", "n1", "feh", "e_feh", "shift");

    @Override
    public String descriptorName() {
        return "lyrae.calibrators";
    }

    @Override
    public StarTable read(Path dataDir) throws IOException {
        List<Star> chr = group(DemoCatalogue.readHeaderTable(dataDir.resolve(CHR_FILE)), "CHR");
        List<Map<String, String>> litRows = new ArrayList<>();
        for (String f : LIT_FILES) litRows.addAll(DemoCatalogue.readHeaderTable(dataDir.resolve(f)));
        List<Star> stars = new ArrayList<>(chr);
        for (Star s : group(litRows, "LIT")) {
            if (chr.stream().noneMatch(c -> c.sameStar(s.name, s.ra, s.dec))) stars.add(s);
        }

        DemoCatalogue.TableBuilder table = new DemoCatalogue.TableBuilder(descriptorName());
        for (Star s : stars) {
            if (!s.type.startsWith("RRab") && !s.type.startsWith("RRc")) continue;
            double[] combined = combine(s.values(), s.errors());
            table.row()
                    .put("name", s.name)
                    .put("gaia_dr2_source_id", s.gaiaId)
                    .put("ra", s.ra)
                    .put("dec", s.dec)
                    .put("rr_type", s.type.startsWith("RRab") ? "RRab" : "RRc")
                    .put("blazhko", s.blazhko)
                    .put("period", s.period)
                    .put("feh", combined[0])
                    .put("feh_error", combined[1])
                    .put("n_spectra", s.spectra.size())
                    .put("feh_sources", s.sources())
                    .put("catalogue", s.catalogue)
                    .add();
        }
        return table.build();
    }

    /** Groups file rows into stars (see the class comment for what identifies a star). */
    private static List<Star> group(List<Map<String, String>> rows, String catalogue) {
        List<Star> stars = new ArrayList<>();
        for (Map<String, String> row : rows) {
            boolean chr = catalogue.equals("CHR");
            String name = row.get("name");
            Long gaiaId = chr ? Long.valueOf(row.get("gaia_id")) : null;
            double ra = Double.parseDouble(row.get(chr ? "ra_gaia" : "RA"));
            double dec = Double.parseDouble(row.get(chr ? "dec_gaia" : "DEC"));
            Star star = stars.stream()
                    .filter(s -> chr ? s.gaiaId.equals(gaiaId) : s.sameStar(name, ra, dec))
                    .findFirst().orElse(null);
            if (star == null) {
                star = new Star(catalogue, name, gaiaId, ra, dec, row.get("type"));
                stars.add(star);
            }
            // the two LIT files disagree once on the Blazhko flag (UU_Cet): any "-BL" counts
            star.blazhko |= row.get("type").endsWith("-BL");
            if (star.period == null) star.period = DemoCatalogue.toDouble(row.get("period"));
            StringBuilder key = new StringBuilder();
            for (String c : SPECTRUM_COLUMNS) key.append(row.get(c)).append('|');
            star.spectra.putIfAbsent(key.toString(), new Spectrum(
                    Double.parseDouble(row.get("feh")) + Double.parseDouble(row.get("shift")),
                    DemoCatalogue.toDouble(row.get("e_feh")),
                    row.get("source")));
        }
        return stars;
    }

    /** The combination rule of the class comment: {mean, error}. */
    static double[] combine(double[] v, Double[] e) {
        int n = v.length;
        boolean weighted = Arrays.stream(e).allMatch(x -> x != null && x > 0);
        double sum = 0, weights = 0, plain = 0;
        for (int i = 0; i < n; i++) {
            double w = weighted ? 1 / (e[i] * e[i]) : 1;
            sum += w * v[i];
            weights += w;
            plain += v[i] / n;
        }
        double squares = 0;
        for (double x : v) squares += (x - plain) * (x - plain);
        double sem = n > 1 ? Math.sqrt(squares / (n - 1)) / Math.sqrt(n) : 0;
        double[] quoted = Arrays.stream(e).filter(x -> x != null && x > 0).mapToDouble(Double::doubleValue).sorted().toArray();
        double typical = quoted.length == 0 ? ERROR_FLOOR
                : quoted.length % 2 == 1 ? quoted[quoted.length / 2]
                : (quoted[quoted.length / 2 - 1] + quoted[quoted.length / 2]) / 2;
        return new double[] {sum / weights, Math.max(sem, typical)};
    }

    /** "Crestani21" -> "Crestani+2021", "Nemec2013" -> "Nemec+2013"; anything else unchanged. */
    static String citation(String source) {
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

    static double separationArcsec(double ra1, double dec1, double ra2, double dec2) {
        double d1 = Math.toRadians(dec1), d2 = Math.toRadians(dec2);
        double dra = Math.toRadians(ra2 - ra1);
        // haversine: well conditioned at the arcsecond separations compared here
        double h = Math.pow(Math.sin((d2 - d1) / 2), 2) + Math.cos(d1) * Math.cos(d2) * Math.pow(Math.sin(dra / 2), 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h)))) * 3600;
    }

    private record Spectrum(double feh, Double error, String source) {
    }

    private static final class Star {
        final String catalogue;
        final String name;
        final Long gaiaId;
        final double ra;
        final double dec;
        final String type;
        Double period;
        boolean blazhko;
        /** Distinct spectra, keyed by their spectroscopic columns. */
        final Map<String, Spectrum> spectra = new LinkedHashMap<>();

        Star(String catalogue, String name, Long gaiaId, double ra, double dec, String type) {
            this.catalogue = catalogue;
            this.name = name;
            this.gaiaId = gaiaId;
            this.ra = ra;
            this.dec = dec;
            this.type = type;
        }

        boolean sameStar(String otherName, double otherRa, double otherDec) {
            return normalisedName(name).equals(normalisedName(otherName))
                    || separationArcsec(ra, dec, otherRa, otherDec) <= MATCH_RADIUS_ARCSEC;
        }

        double[] values() {
            return spectra.values().stream().mapToDouble(Spectrum::feh).toArray();
        }

        Double[] errors() {
            return spectra.values().stream().map(Spectrum::error).toArray(Double[]::new);
        }

        String sources() {
            TreeSet<String> citations = new TreeSet<>();
            for (Spectrum s : spectra.values()) citations.add(citation(s.source()));
            return String.join(";", citations);
        }
    }
}
