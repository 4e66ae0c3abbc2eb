package org.lyrae.tap.db;

import adql.translator.JDBCTranslator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lyrae.tap.adql.PgSphereDialectTranslator;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.PositionDescriptor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL with pgSphere. Queries run in read-only transactions with a statement timeout; cone
 * queries use a GiST index on {@code spoint(radians(ra), radians(dec))}, the expression that the
 * ADQL translation emits; loading goes through COPY.
 */
public final class PostgresDialect implements Dialect {
    private static final int COPY_CHUNK = 1 << 16;

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public JDBCTranslator translator() {
        return new PgSphereDialectTranslator();
    }

    @Override
    public String stringType() {
        return "TEXT";
    }

    @Override
    public String bytesType() {
        return "BYTEA";
    }

    @Override
    public void initialise(Connection admin, String readerUser, String readerPassword) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_sphere");
        } catch (SQLException e) {
            // Debian 12's pgSphere script fails on newer PostgreSQL minors; deploy/bootstrap.sh
            // installs a corrected script as version "<default>-lyrae"
            String patched = patchedPgSphereVersion(admin);
            if (patched == null) {
                throw new SQLException("pgSphere cannot be installed (" + e.getMessage()
                        + "); run deploy/bootstrap.sh as root to add a corrected install script", e);
            }
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_sphere VERSION '" + patched + "'");
            }
        }
    }

    private static String patchedPgSphereVersion(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement();
             var rs = s.executeQuery("SELECT version FROM pg_available_extension_versions"
                     + " WHERE name = 'pg_sphere' AND version LIKE '%-lyrae' ORDER BY version DESC")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public void grantRead(Connection admin, String dbSchema, String readerUser) {
        // the reader is the same role in read-only transactions
    }

    @Override
    public void createSpatialIndex(Connection admin, String table, String indexName, PositionDescriptor p)
            throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS " + Sql.quote(indexName) + " ON " + table
                    + " USING gist (spoint(radians(" + Sql.quote(p.ra()) + "), radians(" + Sql.quote(p.dec()) + ")))");
            s.execute("ANALYZE " + table);
        }
    }

    @Override
    public void analyze(Connection admin, String table) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("ANALYZE " + table);
        }
    }

    @Override
    public long load(Connection admin, String table, List<ColumnDescriptor> columns, Iterator<Object[]> rows)
            throws SQLException {
        String names = columns.stream().map(c -> Sql.quote(c.name())).collect(Collectors.joining(", "));
        CopyIn copy = admin.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + names + ") FROM STDIN WITH (FORMAT csv)");
        long n = 0;
        try {
            StringBuilder sb = new StringBuilder(COPY_CHUNK * 2);
            while (rows.hasNext()) {
                appendCsv(sb, rows.next());
                n++;
                if (sb.length() > COPY_CHUNK) {
                    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(b, 0, b.length);
                    sb.setLength(0);
                }
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(b, 0, b.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
        if (!admin.getAutoCommit()) admin.commit();
        return n;
    }

    private static void appendCsv(StringBuilder sb, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) sb.append(',');
            Object v = row[i];
            if (v == null) continue;                       // unquoted empty field = NULL
            if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN()) {
                sb.append("NaN");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                sb.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        sb.append('\n');
    }

    /**
     * Rows in PostgreSQL's binary format: pgjdbc asks for it only for server-prepared statements,
     * which by default a query becomes on its fifth execution; -1 prepares from the first. Reading
     * numbers as text (parsing each double) was about half the CPU of a 100,000-row download.
     */
    @Override
    public Map<String, String> readerDriverProperties() {
        return Map.of("prepareThreshold", "-1");
    }

    @Override
    public void lockSchemaChanges(Connection inTransaction) throws SQLException {
        try (Statement s = inTransaction.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(7251301)");   // an arbitrary, Lyrae-wide key
        }
    }

    @Override
    public List<String> readerSessionSql(int statementTimeoutSeconds) {
        return List.of("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
                "SET statement_timeout = " + statementTimeoutSeconds * 1000L);
    }

    @Override
    public boolean readerHasOwnRole() {
        return false;
    }
}
