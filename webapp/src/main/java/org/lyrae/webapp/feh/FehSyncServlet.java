package org.lyrae.webapp.feh;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.DaliErrors;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.RefusedBody;
import org.lyrae.webapp.http.DaliRequest;
import org.lyrae.webapp.tap.UploadReader;

/**
 * /feh/sync: the same parameters and result table as a /feh/async job, answered at once for small
 * inputs (at most {@link LyraeConfig#fehSyncMaxStars} stars and {@link LyraeConfig#fehSyncMaxBytes}
 * bytes); beyond, a DALI error that points to /feh/async. No plots or summary: the table only.
 */
public final class FehSyncServlet extends HttpServlet {
    private final FehModels models;
    private final LyraeConfig config;

    public FehSyncServlet(FehModels models, LyraeConfig config) {
        this.models = models;
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doPost(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            DaliRequest p;
            try {
                p = DaliRequest.read(req, config.fehSyncMaxBytes);
            } catch (DaliException e) {
                throw e.status == 413 ? tooBig() : e;
            }
            FehParams params = FehParams.from(p);
            ByteArrayOutputStream table = new ByteArrayOutputStream();
            try (UploadReader spool = new UploadReader(config.fehSyncMaxBytes)) {
                java.util.List<UploadReader.Spooled> uploads;
                try {
                    uploads = spool.spool(p);
                } catch (DaliException e) {
                    throw e.status == 413 ? tooBig() : e;
                }
                try (FehUploads files = FehUploads.of(uploads, config.fehSyncMaxBytes, config.fehSyncMaxStars)) {
                    FehRun.run(params, files.inputs(), models, config.fehThreads, config.fehSyncMaxStars, false, s -> { },
                            (name, mime) -> name.equals(FehRun.RESULT) ? table : OutputStream.nullOutputStream());
                } catch (DaliException e) {
                    throw e.status == 413 || e.getMessage().contains("files, the most") ? tooBig() : e;
                }
            } catch (LightCurveException e) {
                if (e.getMessage().contains("one request takes here")) throw tooBig();
                throw new DaliException(400, e.getMessage());
            }
            resp.setStatus(200);
            resp.setContentType(params.format().mime);
            resp.setContentLength(table.size());
            table.writeTo(resp.getOutputStream());
        } catch (DaliException e) {
            // a refused body may be left unread: the connection is not reused after it, and the rest
            // is read first so that the client, still sending, gets the 413 instead of a reset
            if (e.status == 413) {
                resp.setHeader("Connection", "close");
                if ("POST".equals(req.getMethod())) RefusedBody.drain(req);
            }
            DaliErrors.send(resp, e.status, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            DaliErrors.send(resp, 503, "The server is shutting down");
        }
    }

    private DaliException tooBig() {
        return new DaliException(413, "/feh/sync takes at most " + config.fehSyncMaxStars + " stars and "
                + config.fehSyncMaxBytes / 1024 + " KiB of light curves; send larger inputs to /feh/async "
                + "(the same parameters, as a UWS job)");
    }
}
