package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lyrae.tap.adql.AdqlCompiler;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.query.QueryFailure;
import org.lyrae.tap.query.TapQueryService;
import org.lyrae.tap.query.TapQueryService.Upload;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.DaliErrors;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.RefusedBody;
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
            DaliRequest p;
            try {
                p = DaliRequest.read(req, config.maxUploadBytes);
            } catch (DaliException e) {
                // a body left unread or half-parsed makes Jetty drop the connection after the answer;
                // say so, or a client that reuses it (java.net.http does) fails its next request
                if ("POST".equals(req.getMethod())) {
                    resp.setHeader("Connection", "close");
                    if (e.status == 413) RefusedBody.drain(req);
                }
                throw e;
            }
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
        } catch (StackOverflowError e) {
            // the database's own SQL parser recurses per nesting level too (H2 does not catch it)
            if (resp.isCommitted()) throw new IOException("result aborted: stack overflow");
            LOG.warning("query too deeply nested for the database: stack overflow");
            DaliErrors.send(resp, 400, AdqlCompiler.TOO_DEEP);
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
}
