package org.lyrae.tap.db;

import adql.translator.JDBCTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.PositionDescriptor;
import org.lyrae.tap.schema.VoDatatype;

/**
 * What differs between the databases Lyrae runs on: ADQL translation, column types, geometry
 * set-up and indexes, bulk loading and how a connection is made read-only. One implementation
 * per database, chosen from the JDBC URL by {@link Database}.
 */
public interface Dialect {

    String name();

    /** A fresh translator (translators are not shared between threads). */
    JDBCTranslator translator();

    /** The SQL type of strings of any length. */
    String stringType();

    /** The SQL type of a byte string of up to a few MiB (stored job files). */
    String bytesType();

    /** The SQL type of a column in CREATE TABLE. */
    default String columnType(ColumnDescriptor c) {
        if ("timestamp".equalsIgnoreCase(c.xtype())) return "TIMESTAMP";
        switch (VoDatatype.of(c.datatype())) {
            case BOOLEAN: return "BOOLEAN";
            case SHORT: return "SMALLINT";
            case INT: return "INTEGER";
            case LONG: return "BIGINT";
            case FLOAT: return "REAL";
            case DOUBLE: return "DOUBLE PRECISION";
            default: return stringType();
        }
    }

    /** One-time set-up on the administrative connection: extensions, functions, the reader role. */
    void initialise(Connection admin, String readerUser, String readerPassword) throws SQLException;

    /** Lets the reader role select from every table of a schema, now and later. */
    void grantRead(Connection admin, String dbSchema, String readerUser) throws SQLException;

    /** A spatial index on the position columns of {@code table}, usable by cone queries. */
    void createSpatialIndex(Connection admin, String table, String indexName, PositionDescriptor position)
            throws SQLException;

    /** Loads rows fast (COPY on PostgreSQL, batched inserts elsewhere); returns the row count. */
    long load(Connection admin, String table, List<ColumnDescriptor> columns, Iterator<Object[]> rows)
            throws SQLException;

    /**
     * Refreshes the planner's statistics of a table just loaded. Uploads need it on PostgreSQL:
     * without statistics the planner guesses the upload's size and, for a 1,000-row upload joined
     * on an id, hashes the whole published table instead of the upload.
     */
    default void analyze(Connection admin, String table) throws SQLException {
    }

    /** JDBC driver properties of the reader pool's connections; the JDBC URL's own parameters win. */
    default Map<String, String> readerDriverProperties() {
        return Map.of();
    }

    /** Serialises TAP_SCHEMA rewrites of several processes within the caller's transaction. */
    default void lockSchemaChanges(Connection inTransaction) throws SQLException {
    }

    /** SQL run on each new reader connection: read-only transactions, statement timeout. */
    List<String> readerSessionSql(int statementTimeoutSeconds);

    /** Whether the reader connects as its own role (H2) or as the same user made read-only (PostgreSQL). */
    boolean readerHasOwnRole();

    /** The database's answer to "does this table exist"; names are the lower-case database names. */
    default boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (var rs = c.getMetaData().getTables(null, schema, table, null)) {
            return rs.next();
        }
    }
}
