package org.lyrae.tap.db;

import adql.translator.JDBCTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.lyrae.tap.adql.H2DialectTranslator;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.PositionDescriptor;

/**
 * Embedded H2. Queries run as a separate user that may only SELECT; geometry is provided by the
 * Java functions of {@link H2Functions}; cone queries use a plain index on declination.
 */
public final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public JDBCTranslator translator() {
        return new H2DialectTranslator();
    }

    @Override
    public String stringType() {
        return "VARCHAR";
    }

    @Override
    public String bytesType() {
        return "VARBINARY";
    }

    @Override
    public void initialise(Connection admin, String readerUser, String readerPassword) throws SQLException {
        try (Statement s = admin.createStatement()) {
            for (String[] alias : H2Functions.ALIASES) {
                s.execute("CREATE ALIAS IF NOT EXISTS " + alias[0] + " DETERMINISTIC FOR '"
                        + H2Functions.class.getName() + "." + alias[1] + "'");
            }
            s.execute("CREATE USER IF NOT EXISTS " + readerUser + " PASSWORD '" + readerPassword.replace("'", "''") + "'");
            s.execute("ALTER USER " + readerUser + " SET PASSWORD '" + readerPassword.replace("'", "''") + "'");
        }
    }

    @Override
    public void grantRead(Connection admin, String dbSchema, String readerUser) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("GRANT SELECT ON SCHEMA " + Sql.quote(dbSchema) + " TO " + readerUser);
        }
    }

    @Override
    public void createSpatialIndex(Connection admin, String table, String indexName, PositionDescriptor p)
            throws SQLException {
        // cone queries get a declination range in front (H2DialectTranslator): a B-tree on dec
        // serves them, and one may exist already because the descriptor marks dec indexed
        String[] parts = table.replace("\"", "").split("\\.");
        try (var rs = admin.getMetaData().getIndexInfo(null, parts[0], parts[1], false, false)) {
            while (rs.next()) {
                if (rs.getShort("ORDINAL_POSITION") == 1 && Sql.dbName(p.dec()).equalsIgnoreCase(rs.getString("COLUMN_NAME"))) return;
            }
        }
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS " + Sql.quote(indexName) + " ON " + table + " (" + Sql.quote(p.dec()) + ")");
        }
    }

    @Override
    public long load(Connection admin, String table, List<ColumnDescriptor> columns, Iterator<Object[]> rows)
            throws SQLException {
        return BatchLoader.load(admin, table, columns, rows);
    }

    @Override
    public List<String> readerSessionSql(int statementTimeoutSeconds) {
        return List.of("SET LAZY_QUERY_EXECUTION TRUE", "SET QUERY_TIMEOUT " + statementTimeoutSeconds * 1000L);
    }

    @Override
    public boolean readerHasOwnRole() {
        return true;
    }
}
