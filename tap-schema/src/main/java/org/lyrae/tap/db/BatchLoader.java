package org.lyrae.tap.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.lyrae.tap.schema.ColumnDescriptor;

/** Loads rows with batched prepared INSERTs: the portable way, used where there is no COPY. */
final class BatchLoader {
    private static final int BATCH = 5_000;

    private BatchLoader() {
    }

    static long load(Connection c, String table, List<ColumnDescriptor> columns, Iterator<Object[]> rows)
            throws SQLException {
        String names = columns.stream().map(col -> Sql.quote(col.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(col -> "?").collect(Collectors.joining(", "));
        // inside a caller's transaction, that transaction decides; otherwise the load is one transaction
        boolean own = c.getAutoCommit();
        c.setAutoCommit(false);
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int i = 0; i < columns.size(); i++) ps.setObject(i + 1, row[i]);
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
            if (own) c.commit();
        } catch (SQLException | RuntimeException e) {
            if (own) c.rollback();
            throw e;
        } finally {
            if (own) c.setAutoCommit(true);
        }
        return n;
    }
}
