package org.lyrae.webapp.tap;

import java.util.Locale;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliParams;

/** The validated DALI/TAP parameters of one query, as /sync and /async both read them. */
public record QueryRequest(String query, String lang, long maxrec, ResultFormat format) {
    public static QueryRequest from(DaliParams p, ResultFormats formats, LyraeConfig config) throws DaliException {
        String request = p.get("REQUEST");
        if (request != null && !request.equalsIgnoreCase("doQuery")) {
            throw new DaliException(400, "REQUEST=" + request + " is not supported; use REQUEST=doQuery (or leave it out)");
        }
        String query = p.get("QUERY");
        if (query == null || query.isBlank()) throw new DaliException(400, "The QUERY parameter is missing or empty");
        String lang = p.get("LANG");
        if (lang == null || lang.isBlank()) lang = "ADQL";
        String fmt = p.get("RESPONSEFORMAT");
        if (fmt == null) fmt = p.get("FORMAT");
        final String asked = fmt;
        ResultFormat format = fmt == null || fmt.isBlank() ? formats.byDefault()
                : formats.find(fmt).orElseThrow(() -> new DaliException(400, "Unsupported RESPONSEFORMAT '"
                        + asked + "'; supported: " + String.join(", ",
                        formats.all().stream().map(ResultFormat::mimeType).toList())));
        long maxrec = config.defaultMaxrec;
        String m = p.get("MAXREC");
        if (m != null && !m.isBlank()) {
            try {
                maxrec = Long.parseLong(m.trim());
            } catch (NumberFormatException e) {
                // digits beyond a long are still a valid (huge) MAXREC: capped below like any other
                if (!m.trim().matches("\\+?[0-9]+")) {
                    throw new DaliException(400, "MAXREC must be a non-negative integer; got '" + m + "'");
                }
                maxrec = Long.MAX_VALUE;
            }
            if (maxrec < 0) throw new DaliException(400, "MAXREC must be a non-negative integer; got " + maxrec);
        }
        return new QueryRequest(query, lang.toUpperCase(Locale.ROOT), Math.min(maxrec, config.hardMaxrec), format);
    }
}
