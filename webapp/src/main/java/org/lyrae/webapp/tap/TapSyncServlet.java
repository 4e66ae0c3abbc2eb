package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.query.QueryFailure;
import org.lyrae.tap.query.TapQueryService;
import org.lyrae.tap.query.TapQueryService.Upload;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.DaliErrors;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliRequest;

/** TAP {@code /sync}: runs a query and streams the result in the requested format. */
public final class TapSyncServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(TapSyncServlet.class.getName());

    private final TapQueryService service;
    private final ResultFormats formats;
    private final LyraeConfig config;

    public TapSyncServlet(TapQueryService service, ResultFormats formats, LyraeConfig config) {
        this.service = service;
        this.formats = formats;
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (UploadReader uploadReader = new UploadReader(config.maxUploadBytes)) {
            DaliRequest p = DaliRequest.read(req, config.maxUploadBytes);
            QueryRequest q = QueryRequest.from(p, formats, config);
            List<Upload> uploads = uploadReader.read(p);
            service.execute(q.query(), q.lang(), q.maxrec(), uploads, (compiled, table) -> {
                resp.setStatus(200);
                resp.setContentType(q.format().mimeType());
                if (q.format().mimeType().startsWith("text/")) resp.setCharacterEncoding("UTF-8");
                q.format().write(compiled, table, resp.getOutputStream());
            });
        } catch (DaliException e) {
            DaliErrors.send(resp, e.status, e.getMessage());
        } catch (AdqlException e) {
            DaliErrors.send(resp, 400, e.getMessage());
        } catch (SQLException e) {
            DaliErrors.send(resp, 400, QueryFailure.describe(e));
        } catch (IOException | RuntimeException e) {
            if (resp.isCommitted()) {
                // half a result must not look like a whole one: break the connection
                LOG.log(Level.WARNING, "query failed while streaming: " + e.getMessage());
                throw new IOException("result aborted: " + e.getMessage(), e);
            }
            LOG.log(Level.WARNING, "query failed", e);
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            DaliErrors.send(resp, e instanceof IOException ? 400 : 500, "The query failed: " + m.split("\n")[0]);
        }
    }

    /** The validated DALI/TAP parameters of one query. */
    record QueryRequest(String query, String lang, long maxrec, ResultFormat format) {
        static QueryRequest from(DaliRequest p, ResultFormats formats, LyraeConfig config) throws DaliException {
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
                    throw new DaliException(400, "MAXREC must be a non-negative integer; got '" + m + "'");
                }
                if (maxrec < 0) throw new DaliException(400, "MAXREC must be a non-negative integer; got " + maxrec);
            }
            return new QueryRequest(query, lang.toUpperCase(Locale.ROOT), Math.min(maxrec, config.hardMaxrec), format);
        }
    }
}
