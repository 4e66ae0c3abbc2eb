package org.lyrae.webapp.feh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lyrae.ml.feh.BayesEstimator;
import org.lyrae.ml.feh.XgbEstimator;
import org.lyrae.ml.fourier.AnalysisOptions;
import org.lyrae.ml.lc.ColumnRoles;
import org.lyrae.ml.lc.ReadOptions;
import org.lyrae.webapp.cli.Models;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliParams;

/**
 * The parameters of a light-curve request (/feh/sync and /feh/async), checked: the same choices as
 * {@code lyrae analyze}'s options, named as DALI parameters.
 *
 * @param period     PERIOD: days, for every star (single-star uploads); NaN: searched
 * @param band       BAND: read from multi-band tables, and the band of files that do not say (G)
 * @param models     MODELS: the estimators asked for (bayes, xgboost, lstm, transformer)
 * @param format     RESPONSEFORMAT: the result table's format
 * @param plots      PLOTS: a PNG per star among the results
 * @param read       how the files are read (LCFORMAT, column roles, band)
 * @param analysis   period range (MINPERIOD, MAXPERIOD)
 */
public record FehParams(double period, String band, Set<String> models, TableFormat format, boolean plots, ReadOptions read,
                        AnalysisOptions analysis) {

    /** Every model, in column order; {@code all} asks for them. */
    public static final List<String> ALL_MODELS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(BayesEstimator.NAME, XgbEstimator.NAME), Models.NETWORKS.stream()).toList();

    /** The result table formats: STIL's writer, MIME type, and the names RESPONSEFORMAT takes. */
    public enum TableFormat {
        VOTABLE("votable", "application/x-votable+xml", "votable", "application/x-votable+xml", "text/xml", "vot"),
        CSV("csv", "text/csv", "csv", "text/csv"),
        FITS("fits", "application/fits", "fits", "application/fits", "image/fits");

        public final String stilHandler;
        public final String mime;
        private final List<String> names;

        TableFormat(String stilHandler, String mime, String... names) {
            this.stilHandler = stilHandler;
            this.mime = mime;
            this.names = List.of(names);
        }

        static TableFormat of(String name) throws DaliException {
            String n = name.trim().toLowerCase(Locale.ROOT);
            int semi = n.indexOf(';');
            String bare = semi > 0 ? n.substring(0, semi).trim() : n;
            for (TableFormat f : values()) if (f.names.contains(n) || f.names.contains(bare)) return f;
            throw new DaliException(400, "RESPONSEFORMAT '" + name + "' is not offered: use votable (the default), csv or fits");
        }
    }

    /** Reads and checks the parameters; a DaliException says which one is wrong and why. */
    public static FehParams from(DaliParams p) throws DaliException {
        double period = p.get("PERIOD") == null || p.get("PERIOD").isBlank() ? Double.NaN : positive(p, "PERIOD");
        String band = p.get("BAND") == null || p.get("BAND").isBlank() ? "G" : p.get("BAND").trim();
        if (!band.matches("[A-Za-z0-9_]{1,16}")) throw new DaliException(400, "BAND must be a band name such as G; got '" + band + "'");
        Set<String> models = models(p.all("MODELS"));
        TableFormat format = p.get("RESPONSEFORMAT") == null ? TableFormat.VOTABLE : TableFormat.of(p.get("RESPONSEFORMAT"));
        boolean plots = bool(p, "PLOTS", true);
        ReadOptions read = ReadOptions.defaults().withBand(band);
        String lcFormat = p.get("LCFORMAT");
        if (lcFormat != null && !lcFormat.isBlank()) read = read.withFormat(lcFormat.trim());
        ColumnRoles roles = ColumnRoles.DETECT;
        for (String name : List.of("ID_COL", "TIME_COL", "MAG_COL", "FLUX_COL", "ERR_COL", "BAND_COL", "PERIOD_COL")) {
            String c = p.get(name);
            if (c == null || c.isBlank()) continue;
            c = c.trim();
            roles = switch (name) {
                case "ID_COL" -> roles.withId(c);
                case "TIME_COL" -> roles.withTime(c);
                case "MAG_COL" -> roles.withMag(c);
                case "FLUX_COL" -> roles.withFlux(c);
                case "ERR_COL" -> roles.withError(c);
                case "BAND_COL" -> roles.withBand(c);
                default -> roles.withPeriod(c);
            };
        }
        AnalysisOptions defaults = AnalysisOptions.defaults();
        double min = p.get("MINPERIOD") == null ? defaults.minPeriod() : positive(p, "MINPERIOD");
        double max = p.get("MAXPERIOD") == null ? defaults.maxPeriod() : positive(p, "MAXPERIOD");
        if (min >= max) throw new DaliException(400, "MINPERIOD must be below MAXPERIOD; got " + min + " and " + max);
        if (p.all("UPLOAD").stream().allMatch(String::isBlank)) {
            throw new DaliException(400, "No light curves: send them with UPLOAD=lc,param:lc and a multipart part named lc "
                    + "(or UPLOAD=lc,https://... for a file on the web)");
        }
        return new FehParams(period, band, models, format, plots, read.withColumns(roles),
                defaults.toBuilder().periodRange(min, max).build());
    }

    private static Set<String> models(List<String> values) throws DaliException {
        Set<String> out = new LinkedHashSet<>();
        List<String> given = new ArrayList<>();
        for (String v : values) for (String m : v.split(",")) if (!m.isBlank()) given.add(m.trim().toLowerCase(Locale.ROOT));
        if (given.isEmpty()) given.add("all");
        for (String m : given) {
            if (m.equals("all")) out.addAll(ALL_MODELS);
            else if (m.equals("xgb")) out.add("xgboost");
            else if (ALL_MODELS.contains(m)) out.add(m);
            else throw new DaliException(400, "MODELS names '" + m + "'; the models are " + String.join(", ", ALL_MODELS) + " and all");
        }
        List<String> ordered = new ArrayList<>(ALL_MODELS);
        ordered.retainAll(out);
        return new LinkedHashSet<>(ordered);
    }

    private static double positive(DaliParams p, String name) throws DaliException {
        String v = p.get(name).trim();
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new DaliException(400, name + " must be a number of days; got '" + v + "'");
        }
        if (!(d > 0) || Double.isInfinite(d)) throw new DaliException(400, name + " must be positive; got " + v);
        return d;
    }

    private static boolean bool(DaliParams p, String name, boolean dflt) throws DaliException {
        String v = p.get(name);
        if (v == null || v.isBlank()) return dflt;
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": return true;
            case "false": case "no": case "0": return false;
            default: throw new DaliException(400, name + " must be true or false; got '" + v + "'");
        }
    }
}
