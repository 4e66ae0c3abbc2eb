package org.lyrae.webapp.uws;

import java.io.OutputStream;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.query.QueryFailure;
import org.lyrae.tap.query.TapQueryService;
import org.lyrae.uws.JobContext;
import org.lyrae.uws.JobExecutor;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.tap.ResultFormats;
import org.lyrae.webapp.tap.QueryRequest;
import org.lyrae.webapp.tap.UploadReader;

/** TAP /async: runs the job's query exactly as /sync would and stores the result as {@code result}. */
public final class TapAsyncExecutor implements JobExecutor {
    public static final String KIND = "tap";

    private final TapQueryService service;
    private final ResultFormats formats;
    private final LyraeConfig config;

    public TapAsyncExecutor(TapQueryService service, ResultFormats formats, LyraeConfig config) {
        this.service = service;
        this.formats = formats;
        this.config = config;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void execute(JobContext ctx) throws Exception {
        StoredParams params = new StoredParams(ctx);
        try (UploadReader uploads = new UploadReader(config.maxUploadBytes)) {
            QueryRequest q = QueryRequest.from(params, formats, config);
            ctx.progress("running the query");
            // ABORT and the execution duration cancel the statement: an interrupt does not stop a query
            // running in the database, which kept the worker busy (and the database working) until it ended
            AtomicReference<Statement> running = new AtomicReference<>();
            ctx.onStop(() -> cancel(running.get()));
            try {
                service.execute(q.query(), q.lang(), q.maxrec(), uploads.read(params), s -> {
                    running.set(s);
                    if (ctx.stopRequested()) throw new SQLException("the job was stopped before its query ran");
                }, (compiled, table) -> {
                    try (OutputStream out = ctx.result("result", q.format().mimeType())) {
                        q.format().write(compiled, table, out);
                    }
                });
            } finally {
                running.set(null);   // never cancel a statement of a pooled connection after this job
            }
        } catch (DaliException | AdqlException e) {
            throw new Exception(e.getMessage(), e);
        } catch (SQLException e) {
            throw new Exception(QueryFailure.describe(e), e);
        }
    }

    private static void cancel(Statement s) {
        if (s == null) return;
        try {
            s.cancel();
        } catch (SQLException e) {
            // already finished or closed: nothing left to stop
        }
    }
}
