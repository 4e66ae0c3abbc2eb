package org.lyrae.tap.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.adql.UploadedTable;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.db.Sql;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.TableDescriptor;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * Turns tables uploaded with a query into database tables that only that query sees, under
 * unique names in the {@code tap_upload} schema, and drops them afterwards.
 */
public final class UploadStore {
    public static final String DB_SCHEMA = "tap_upload";
    private final Database db;
    private final long maxRows;

    public UploadStore(Database db, long maxRows) throws SQLException {
        this.db = db;
        this.maxRows = maxRows;
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(DB_SCHEMA));
            db.dialect().grantRead(c, DB_SCHEMA, Database.READER_ROLE);
        }
    }

    /** Creates and fills the table; the caller drops it with {@link #drop}. */
    public UploadedTable store(String name, StarTable table) throws AdqlException, SQLException, IOException {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new AdqlException("Upload table name '" + name + "' is not a valid ADQL identifier (letters, digits, _; a letter first)");
        }
        List<ColumnDescriptor> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            ColumnInfo info = table.getColumnInfo(i);
            String colName = columnName(info.getName(), i);
            if (!seen.add(colName.toLowerCase(Locale.ROOT))) colName = colName + "_" + (i + 1);
            seen.add(colName.toLowerCase(Locale.ROOT));
            String type = datatype(info, name);
            // DALI timestamps (ISO 8601 strings) become database timestamps, and come back as such
            String xtype = "char".equals(type) && "timestamp".equalsIgnoreCase(info.getXtype()) ? "timestamp" : null;
            cols.add(new ColumnDescriptor(colName, type, "char".equals(type) ? "*" : null,
                    xtype, info.getUnitString(), info.getUCD(), null, info.getDescription(), false, true, false, true));
        }
        TableDescriptor d = new TableDescriptor("TAP_UPLOAD", name, "Table uploaded with the query", null, null, null, cols, List.of());
        String dbName = "u" + UUID.randomUUID().toString().replace("-", "") + "_" + name.toLowerCase(Locale.ROOT);
        String qualified = Sql.table(DB_SCHEMA, dbName);
        try (Connection c = db.admin()) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(qualified).append(" (");
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) ddl.append(", ");
                ddl.append(Sql.quote(cols.get(i).name())).append(' ').append(db.dialect().columnType(cols.get(i)));
            }
            try (Statement s = c.createStatement()) {
                s.execute(ddl.append(')').toString());
            }
            try (RowSequence rows = table.getRowSequence()) {
                db.dialect().load(c, qualified, cols, new Rows(rows, cols.size(), name, maxRows));
                db.dialect().analyze(c, qualified);
            } catch (UncheckedUploadException e) {
                dropQuietly(c, qualified);
                throw e.getCause() instanceof AdqlException a ? a : new AdqlException(e.getMessage());
            } catch (SQLException e) {
                dropQuietly(c, qualified);
                throw new AdqlException("Upload '" + name + "' could not be stored: " + QueryFailure.describe(e));
            }
        }
        return new UploadedTable(d, DB_SCHEMA, dbName);
    }

    public void drop(List<UploadedTable> tables) {
        if (tables.isEmpty()) return;
        try (Connection c = db.admin()) {
            for (UploadedTable t : tables) dropQuietly(c, Sql.table(t.dbSchema(), t.dbName()));
        } catch (SQLException ignored) {
            // the table stays until the next clean-up; nothing the user can act on
        }
    }

    private static void dropQuietly(Connection c, String table) {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException ignored) {
            // best effort
        }
    }

    private static String columnName(String raw, int index) {
        String n = raw == null ? "" : raw.replaceAll("[^A-Za-z0-9_]", "_");
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) n = "col" + (index + 1) + (n.isEmpty() ? "" : "_" + n);
        return n;
    }

    private static String datatype(ColumnInfo info, String table) throws AdqlException {
        Class<?> c = info.getContentClass();
        if (c == Double.class) return "double";
        if (c == Float.class) return "float";
        if (c == Long.class) return "long";
        if (c == Integer.class) return "int";
        if (c == Short.class || c == Byte.class) return "short";
        if (c == Boolean.class) return "boolean";
        if (c == String.class || c == Character.class) return "char";
        throw new AdqlException("Upload '" + table + "': column '" + info.getName() + "' holds "
                + c.getSimpleName() + " values, which cannot be used in queries (only scalar numbers, booleans and strings)");
    }

    private static final class UncheckedUploadException extends RuntimeException {
        UncheckedUploadException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The upload's rows as the loader wants them, with NaN as NULL and a row cap. */
    private static final class Rows implements Iterator<Object[]> {
        private final RowSequence seq;
        private final int ncol;
        private final String table;
        private final long maxRows;
        private Object[] next;
        private long count;

        Rows(RowSequence seq, int ncol, String table, long maxRows) {
            this.seq = seq;
            this.ncol = ncol;
            this.table = table;
            this.maxRows = maxRows;
        }

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            try {
                if (!seq.next()) return false;
            } catch (IOException e) {
                throw new UncheckedUploadException(new AdqlException("Upload '" + table + "' is not a readable table at row "
                        + (count + 1) + ": " + e.getMessage()));
            }
            if (++count > maxRows) {
                throw new UncheckedUploadException(new AdqlException("Upload '" + table + "' has more than " + maxRows
                        + " rows, the limit of this service"));
            }
            try {
                Object[] row = new Object[ncol];
                for (int i = 0; i < ncol; i++) {
                    Object v = seq.getCell(i);
                    if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN()) v = null;
                    if (v instanceof Character ch) v = ch.toString();
                    if (v instanceof Byte b) v = b.shortValue();
                    row[i] = v;
                }
                next = row;
            } catch (IOException e) {
                throw new UncheckedUploadException(e);
            }
            return true;
        }

        @Override
        public Object[] next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            Object[] r = next;
            next = null;
            return r;
        }
    }
}
