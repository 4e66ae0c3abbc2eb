package org.lyrae.ml.lc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import uk.ac.starlink.table.ColumnInfo;

/**
 * Which column of a table plays which role, found by name and UCD, or named by the user
 * ({@link ColumnRoles}). For each role the candidates are looked for in tiers: the usual names
 * first, then name patterns, then UCDs; the first tier with a candidate decides, and two candidates
 * in that tier make the role ambiguous. The message of a failed detection lists the table's columns
 * and what was found, so that the user can name the right ones.
 */
final class TableRoles {

    /** What an error column holds. */
    enum ErrorKind {
        MAG("magnitude error"), FLUX("flux error"), SNR("flux over error");

        final String words;

        ErrorKind(String words) {
            this.words = words;
        }
    }

    /** Gaia archive column prefixes that say the band: {@code g_transit_time}, {@code bp_obs_time}, … */
    private static final String[][] BAND_PREFIXES = {{"g_", "G"}, {"bp_", "BP"}, {"rp_", "RP"}};

    private static final Set<String> ID_NAMES = Set.of("source_id", "sourceid", "id", "star", "star_id", "starid",
            "objid", "obj_id", "object_id", "objectid", "object", "name", "star_name", "designation", "oid",
            "target", "target_id");
    private static final Set<String> TIME_NAMES = Set.of("time", "t", "hjd", "mjd", "bjd", "jd", "obs_time",
            "obstime", "g_transit_time", "bp_obs_time", "rp_obs_time", "hjd_utc", "bjd_tdb", "bjd_tcb", "mjd_obs");
    private static final Pattern TIME_PATTERN = Pattern.compile("([hmbr]?jd([^a-z].*)?)|(.+_time)|(time_.+)");
    private static final Set<String> MAG_NAMES = Set.of("mag", "magnitude", "g_transit_mag", "bp_mag", "rp_mag");
    private static final Pattern MAG_PATTERN = Pattern.compile("(.+_mag)|(mag_[a-z]{1,3})|([a-z]{1,2}mag)");
    private static final Set<String> FLUX_NAMES = Set.of("flux", "g_transit_flux", "bp_flux", "rp_flux");
    private static final Pattern FLUX_PATTERN = Pattern.compile("(.+_flux)|(flux_[a-z]{1,3})");
    private static final Set<String> MAG_ERR_NAMES = Set.of("mag_err", "magerr", "e_mag", "mag_error", "emag",
            "sigma_mag", "mag_sigma", "dmag", "magnitude_error", "mag_unc", "err_mag");
    private static final Pattern MAG_ERR_PATTERN =
            Pattern.compile("(.+_mag_?err(or)?)|(e_.*mag.*)|((e|err|sig|sigma)_?[a-z]{0,2}mag)|(.*mag_?err(or)?_.+)");
    private static final Set<String> FLUX_ERR_NAMES = Set.of("flux_err", "flux_error", "fluxerr", "e_flux",
            "flux_sigma", "sigma_flux", "flux_unc", "g_transit_flux_error", "bp_flux_error", "rp_flux_error");
    private static final Pattern FLUX_ERR_PATTERN = Pattern.compile("(.+_flux_?err(or)?)|(e_.*flux)");
    private static final Set<String> SNR_NAMES = Set.of("flux_over_error", "g_transit_flux_over_error",
            "bp_flux_over_error", "rp_flux_over_error");
    private static final Pattern SNR_PATTERN = Pattern.compile(".*flux_over_error");
    /** Errors whose kind is that of the values read. */
    private static final Set<String> GENERIC_ERR_NAMES = Set.of("err", "error", "sigma", "uncertainty", "e", "dy");
    private static final Set<String> BAND_NAMES = Set.of("band", "filter", "passband", "bandpass", "flt",
            "filter_name", "filtername");
    private static final Set<String> PERIOD_NAMES = Set.of("period", "pf", "p", "per", "p1", "period_d",
            "period_days");
    private static final Set<String> FLAG_NAMES = Set.of("rejected_by_photometry", "rejected_by_variability",
            "rejected", "reject");
    private static final Pattern BAND_FLAG_PATTERN = Pattern.compile("variability_flag_([a-z]+)_reject");

    final List<ColumnInfo> columns;
    int id = -1;
    int time = -1;
    int mag = -1;
    int flux = -1;
    int error = -1;
    ErrorKind errorKind;
    int band = -1;
    int period = -1;
    int[] flags = new int[0];
    /** The band the chosen columns' prefixes say ({@code g_transit_…}), or null. */
    String prefixBand;

    private TableRoles(List<ColumnInfo> columns) {
        this.columns = columns;
    }

    /**
     * Finds the roles.
     *
     * @param wantedBand the band to read (upper case), used to choose among band-prefixed columns
     */
    static TableRoles detect(String source, List<ColumnInfo> columns, ColumnRoles named, String wantedBand)
            throws LightCurveException {
        TableRoles r = new TableRoles(columns);
        List<String> trouble = new ArrayList<>();
        String wantedPrefix = wantedBand.toLowerCase(Locale.ROOT) + "_";

        // Band-prefixed columns of another band than the one wanted are not candidates.
        Predicate<Integer> inBand = c -> {
            String p = bandPrefix(r.lower(c));
            return p == null || p.equals(wantedPrefix);
        };
        Predicate<Integer> numeric = c -> isNumeric(columns.get(c));
        Predicate<Integer> values = inBand.and(numeric);

        r.id = r.role("id", named.id(), trouble, c -> true, ID_NAMES, null, "meta.id;meta.main", null);
        r.band = r.role("band", named.band(), trouble, c -> !isNumeric(columns.get(c)) || isInteger(columns.get(c)),
                BAND_NAMES, null, "instr.bandpass", "instr.filter");
        r.period = r.role("period", named.period(), trouble, numeric.and(c -> !isErrorName(r.lower(c))),
                PERIOD_NAMES, Pattern.compile("period[^a-z].*"), "src.var.period", "time.period");
        Predicate<Integer> notError = values.and(c -> !isErrorName(r.lower(c)));
        r.time = r.role("time", named.time(), trouble, notError, TIME_NAMES, TIME_PATTERN, "time.epoch", null);
        // Magnitudes when there are any, else fluxes; a flux column is also wanted for flux errors.
        if (named.mag() != null) {
            r.mag = r.named("mag", named.mag(), trouble);
            r.flux = named.flux() != null ? r.named("flux", named.flux(), trouble)
                    : r.role("flux", null, new ArrayList<>(), notError, FLUX_NAMES, FLUX_PATTERN, "phot.flux", null);
        } else if (named.flux() != null) {
            r.flux = r.named("flux", named.flux(), trouble);
        } else {
            r.mag = r.role("mag", null, trouble, notError, MAG_NAMES, MAG_PATTERN, "phot.mag", null);
            r.flux = r.role("flux", null, r.mag >= 0 ? new ArrayList<>() : trouble, notError, FLUX_NAMES,
                    FLUX_PATTERN, "phot.flux", "phot.count");
        }
        if (named.error() != null && named.error().isBlank()) {
            r.error = -1;
        } else if (named.error() != null) {
            r.error = r.named("error", named.error(), trouble);
            if (r.error >= 0) {
                String n = r.lower(r.error);
                String ucd = ucd(columns.get(r.error));
                r.errorKind = n.contains("over_error") ? ErrorKind.SNR
                        : n.contains("flux") || ucd.contains("phot.flux") ? ErrorKind.FLUX
                        : n.contains("mag") || ucd.contains("phot.mag") ? ErrorKind.MAG
                        : r.mag >= 0 ? ErrorKind.MAG : ErrorKind.FLUX;
                if (r.errorKind == ErrorKind.FLUX && r.flux < 0) {
                    trouble.add("error: column '" + named.error() + "' holds flux errors, but there is no flux column "
                            + "to convert them with");
                }
            }
        } else {
            r.detectError(trouble, values);
        }
        // Rejection flags: Gaia's, the band-specific ones only for the band read.
        List<Integer> flags = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String n = r.lower(c);
            var m = BAND_FLAG_PATTERN.matcher(n);
            if (FLAG_NAMES.contains(n) || m.matches() && (m.group(1) + "_").equals(wantedPrefix)) flags.add(c);
        }
        r.flags = flags.stream().mapToInt(Integer::intValue).toArray();

        if (r.time < 0 && !trouble.stream().anyMatch(s -> s.startsWith("time"))) {
            trouble.add("time: no column found (looked for names like time, hjd, mjd, bjd, jd, obs_time, *_time "
                    + "and UCD time.epoch)");
        }
        if (r.mag < 0 && r.flux < 0 && !trouble.stream().anyMatch(s -> s.startsWith("mag") || s.startsWith("flux"))) {
            trouble.add("magnitude: no column found (looked for names like mag, *_mag, vmag, flux, *_flux "
                    + "and UCDs phot.mag, phot.flux)");
        }
        for (int c : new int[] {r.time, r.mag, r.flux, r.error}) {
            if (c >= 0 && !isNumeric(columns.get(c))) {
                trouble.add("column '" + columns.get(c).getName() + "' holds "
                        + columns.get(c).getContentClass().getSimpleName() + ", not numbers");
            }
        }
        if (r.time >= 0) {
            String n = r.lower(r.time);
            r.prefixBand = bandOf(n);
            if (r.prefixBand == null && r.mag >= 0) r.prefixBand = bandOf(r.lower(r.mag));
            if (r.prefixBand == null && r.flux >= 0) r.prefixBand = bandOf(r.lower(r.flux));
        }
        if (!trouble.isEmpty()) {
            throw new LightCurveException(source, String.join("; ", trouble) + ". " + r.describe()
                    + ". Name the columns explicitly (ColumnRoles) if the detection is wrong");
        }
        return r;
    }

    private void detectError(List<String> trouble, Predicate<Integer> values) {
        // The errors of the values read first, then the others (converted).
        Predicate<Integer> ok = values.and(c -> c != mag && c != flux && c != time);
        int magErr = quiet(ok, MAG_ERR_NAMES, MAG_ERR_PATTERN, c -> isErrorUcd(c, "phot.mag"));
        int fluxErr = quiet(ok.and(c -> !lower(c).contains("over")), FLUX_ERR_NAMES, FLUX_ERR_PATTERN,
                c -> isErrorUcd(c, "phot.flux"));
        int snr = quiet(ok, SNR_NAMES, SNR_PATTERN, c -> false);
        int generic = quiet(ok, GENERIC_ERR_NAMES, null, c -> false);
        if (magErr == -2 || fluxErr == -2 || snr == -2 || generic == -2) {
            trouble.add("error: ambiguous, several error columns of one kind (" + candidatesText(ok) + ")");
            return;
        }
        boolean mags = mag >= 0;
        if (mags) {
            if (magErr >= 0) set(magErr, ErrorKind.MAG);
            else if (generic >= 0) set(generic, ErrorKind.MAG);
            else if (fluxErr >= 0 && flux >= 0) set(fluxErr, ErrorKind.FLUX);
            else if (snr >= 0) set(snr, ErrorKind.SNR);
        } else if (flux >= 0) {
            if (fluxErr >= 0) set(fluxErr, ErrorKind.FLUX);
            else if (generic >= 0) set(generic, ErrorKind.FLUX);
            else if (snr >= 0) set(snr, ErrorKind.SNR);
            else if (magErr >= 0) set(magErr, ErrorKind.MAG);
        }
    }

    private void set(int column, ErrorKind kind) {
        error = column;
        errorKind = kind;
    }

    /** -1: none; -2: ambiguous; else the one column. Tiers: names, pattern, UCD. */
    private int quiet(Predicate<Integer> ok, Set<String> names, Pattern pattern, Predicate<Integer> ucd) {
        List<Predicate<Integer>> tiers = new ArrayList<>();
        tiers.add(c -> names.contains(lower(c)));
        if (pattern != null) tiers.add(c -> pattern.matcher(lower(c)).matches());
        tiers.add(ucd);
        for (Predicate<Integer> tier : tiers) {
            List<Integer> found = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (ok.test(c) && tier.test(c)) found.add(c);
            }
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1) return -2;
        }
        return -1;
    }

    private int role(String role, String named, List<String> trouble, Predicate<Integer> ok, Set<String> names,
                     Pattern pattern, String ucd1, String ucd2) {
        if (named != null && named.isBlank()) return -1;
        if (named != null) return named(role, named, trouble);
        List<Predicate<Integer>> tiers = new ArrayList<>();
        tiers.add(c -> names.contains(lower(c)));
        if (pattern != null) tiers.add(c -> pattern.matcher(lower(c)).matches());
        tiers.add(c -> {
            String u = ucd(columns.get(c));
            return !u.contains("stat.error") && (u.startsWith(ucd1) || ucd2 != null && u.startsWith(ucd2));
        });
        for (Predicate<Integer> tier : tiers) {
            List<Integer> found = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (ok.test(c) && tier.test(c)) found.add(c);
            }
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1) {
                List<String> n = new ArrayList<>();
                for (int c : found) n.add(columns.get(c).getName());
                trouble.add(role + ": ambiguous, several columns could be it (" + String.join(", ", n) + ")");
                return -1;
            }
        }
        return -1;
    }

    private int named(String role, String name, List<String> trouble) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).getName().equalsIgnoreCase(name.strip())) return c;
        }
        trouble.add(role + ": the column named for it, '" + name + "', is not in the table");
        return -1;
    }

    private String candidatesText(Predicate<Integer> ok) {
        List<String> n = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (ok.test(c) && isErrorName(lower(c))) n.add(columns.get(c).getName());
        }
        return String.join(", ", n);
    }

    /** "columns found: a (double, d, time.epoch), …; detected: time=a, …" */
    String describe() {
        StringBuilder sb = new StringBuilder("Columns found: ");
        for (int c = 0; c < columns.size(); c++) {
            ColumnInfo info = columns.get(c);
            if (c > 0) sb.append(", ");
            sb.append(info.getName()).append(" (").append(info.getContentClass().getSimpleName());
            if (info.getUnitString() != null && !info.getUnitString().isBlank()) sb.append(", ").append(info.getUnitString());
            if (info.getUCD() != null && !info.getUCD().isBlank()) sb.append(", ").append(info.getUCD());
            sb.append(')');
        }
        sb.append(". Detected: ");
        Set<String> parts = new LinkedHashSet<>();
        parts.add("id=" + name(id));
        parts.add("time=" + name(time));
        parts.add("mag=" + name(mag));
        parts.add("flux=" + name(flux));
        parts.add("error=" + name(error) + (errorKind != null ? " (" + errorKind.words + ")" : ""));
        parts.add("band=" + name(band));
        parts.add("period=" + name(period));
        List<String> f = new ArrayList<>();
        for (int c : flags) f.add(columns.get(c).getName());
        parts.add("flags=" + (f.isEmpty() ? "none" : String.join("+", f)));
        sb.append(String.join(", ", parts));
        return sb.toString();
    }

    String name(int c) {
        return c < 0 ? "none" : columns.get(c).getName();
    }

    private String lower(int c) {
        return columns.get(c).getName().strip().toLowerCase(Locale.ROOT);
    }

    private boolean isErrorUcd(int c, String quantity) {
        String u = ucd(columns.get(c));
        return u.startsWith("stat.error") && u.contains(quantity);
    }

    private static boolean isErrorName(String n) {
        return n.contains("err") || n.startsWith("sig") || n.startsWith("e_") || n.contains("over_error")
                || n.contains("unc") || n.equals("emag") || n.equals("dmag") || n.equals("e") || n.equals("dy");
    }

    private static String bandPrefix(String lowerName) {
        for (String[] p : BAND_PREFIXES) {
            if (lowerName.startsWith(p[0])) return p[0];
        }
        return null;
    }

    private static String bandOf(String lowerName) {
        for (String[] p : BAND_PREFIXES) {
            if (lowerName.startsWith(p[0])) return p[1];
        }
        return null;
    }

    private static String ucd(ColumnInfo info) {
        String u = info.getUCD();
        return u == null ? "" : u.strip().toLowerCase(Locale.ROOT);
    }

    /** Numbers, or arrays of numbers (one row holding a whole series). */
    static boolean isNumeric(ColumnInfo info) {
        Class<?> c = info.getContentClass();
        if (Number.class.isAssignableFrom(c)) return true;
        return c == double[].class || c == float[].class || c == long[].class || c == int[].class
                || c == short[].class;
    }

    private static boolean isInteger(ColumnInfo info) {
        Class<?> c = info.getContentClass();
        return c == Integer.class || c == Short.class || c == Byte.class || c == Long.class;
    }
}
