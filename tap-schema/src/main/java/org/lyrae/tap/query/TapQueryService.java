package org.lyrae.tap.query;

import adql.translator.JDBCTranslator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.tap.adql.AdqlCompiler;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.adql.UploadedTable;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.schema.DescriptorCatalog;
import uk.ac.starlink.table.StarTable;

/**
 * Runs one TAP query: stores its uploads, compiles the ADQL, executes it on a read-only
 * connection and hands the streaming result to a consumer while the cursor is open.
 */
public final class TapQueryService {

    /** What a caller does with the rows while the query's cursor is open. */
    public interface ResultConsumer {
        void accept(CompiledQuery query, StreamingResultTable table) throws IOException;
    }

    /** Told of the statement before it runs, so that another thread can cancel it (UWS abort). */
    public interface StatementListener {
        void started(Statement statement) throws SQLException;
    }

    /** A table sent with the query, already read by STIL. */
    public record Upload(String name, StarTable table) {
    }

    private final Database db;
    private final DescriptorCatalog catalog;
    private final UploadStore uploads;
    private final int fetchSize;

    public TapQueryService(Database db, DescriptorCatalog catalog, long maxUploadRows, int fetchSize) throws SQLException {
        this.db = db;
        this.catalog = catalog;
        this.uploads = new UploadStore(db, maxUploadRows);
        this.fetchSize = fetchSize;
    }

    public DescriptorCatalog catalog() {
        return catalog;
    }

    /** Compiles without running: for checks and for callers that only need the metadata. */
    public CompiledQuery compile(String adql, String lang, long maxrec) throws AdqlException {
        return new AdqlCompiler(catalog, db.dialect()).compile(adql, lang, List.of(), maxrec);
    }

    /** Ends the read-only transaction; a connection the driver closed (H2 after a timeout) needs nothing. */
    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) c.rollback();
        } catch (SQLException ignored) {
            // the pool discards broken connections itself
        }
    }

    public void execute(String adql, String lang, long maxrec, List<Upload> uploaded, ResultConsumer consumer)
            throws AdqlException, SQLException, IOException {
        execute(adql, lang, maxrec, uploaded, null, consumer);
    }

    public void execute(String adql, String lang, long maxrec, List<Upload> uploaded, StatementListener listener,
                        ResultConsumer consumer) throws AdqlException, SQLException, IOException {
        AdqlCompiler.version(lang);
        List<UploadedTable> stored = new ArrayList<>();
        try {
            for (Upload u : uploaded) stored.add(uploads.store(u.name(), u.table()));
            CompiledQuery q = new AdqlCompiler(catalog, db.dialect()).compile(adql, lang, stored, maxrec);
            JDBCTranslator translator = db.dialect().translator();
            try (Connection c = db.reader(); Statement s = c.createStatement()) {
                s.setFetchSize(fetchSize);
                s.setQueryTimeout(db.config().statementTimeoutSeconds());
                if (listener != null) listener.started(s);
                try (ResultSet rs = s.executeQuery(q.sql())) {
                    consumer.accept(q, new StreamingResultTable(rs, q.columns(), maxrec, translator));
                } finally {
                    rollbackQuietly(c);
                }
            }
        } finally {
            uploads.drop(stored);
        }
    }
}
