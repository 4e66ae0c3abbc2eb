package org.lyrae.tap.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.ForeignKeyDescriptor;
import org.lyrae.tap.schema.TableDescriptor;

/**
 * Creates and loads published tables from their descriptors, remembers the descriptors in the
 * database (so a restart publishes the same tables) and keeps TAP_SCHEMA in step with them.
 */
public final class TablePublisher {
    static final String META_SCHEMA = "lyrae_meta";
    private static final String META_TABLE = Sql.table(META_SCHEMA, "descriptors");
    static final List<String> TAP_SCHEMA_TABLES = List.of("schemas", "tables", "columns", "keys", "key_columns");

    private final Database db;
    private final DescriptorCatalog catalog;
    private final Map<String, String> schemaDescriptions;

    public TablePublisher(Database db, DescriptorCatalog catalog, Map<String, String> schemaDescriptions) {
        this.db = db;
        this.catalog = catalog;
        this.schemaDescriptions = schemaDescriptions;
    }

    /** Creates the bookkeeping tables and TAP_SCHEMA if needed and reads back what was published. */
    public void open() throws SQLException {
        open(true);
    }

    /** @param rewriteTapSchema false for processes that only read the catalogue (workers) */
    public void open(boolean rewriteTapSchema) throws SQLException {
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(META_SCHEMA));
            s.execute("CREATE TABLE IF NOT EXISTS " + META_TABLE
                    + " (name VARCHAR(200) PRIMARY KEY, json " + db.dialect().stringType() + " NOT NULL, seq INTEGER NOT NULL)");
            for (String t : TAP_SCHEMA_TABLES) {
                TableDescriptor d = DescriptorCatalog.resource("TAP_SCHEMA." + t);
                catalog.add(d);
                if (!db.dialect().tableExists(c, "tap_schema", t)) createTable(c, d);
            }
            db.dialect().grantRead(c, "tap_schema", Database.READER_ROLE);
            try (ResultSet rs = s.executeQuery("SELECT json FROM " + META_TABLE + " ORDER BY seq")) {
                while (rs.next()) {
                    catalog.add(DescriptorCatalog.parse(new java.io.ByteArrayInputStream(
                            rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "database"));
                }
            }
        }
        if (rewriteTapSchema) writeTapSchema();
    }

    public boolean isPublished(String qualifiedName) {
        return catalog.find(qualifiedName).isPresent();
    }

    /** (Re)creates the table, loads the rows, builds its indexes and publishes it in TAP_SCHEMA. */
    public long publish(TableDescriptor t, Iterator<Object[]> rows, String descriptorJson) throws SQLException {
        if (t.schema().equalsIgnoreCase("TAP_SCHEMA") || t.schema().equalsIgnoreCase(META_SCHEMA)
                || t.schema().equalsIgnoreCase("TAP_UPLOAD")) {
            throw new IllegalArgumentException("schema " + t.schema() + " is reserved");
        }
        long n;
        try (Connection c = db.admin()) {
            createTable(c, t);
            n = db.dialect().load(c, table(t), t.columns(), rows);
            createIndexes(c, t);
            db.dialect().grantRead(c, t.lowerSchema(), Database.READER_ROLE);
            remember(c, t, descriptorJson);
        }
        catalog.add(t);
        writeTapSchema();
        return n;
    }

    public static String table(TableDescriptor t) {
        return Sql.table(t.schema(), t.name());
    }

    private void createTable(Connection c, TableDescriptor t) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table(t)).append(" (");
        for (int i = 0; i < t.columns().size(); i++) {
            ColumnDescriptor col = t.columns().get(i);
            if (i > 0) ddl.append(", ");
            ddl.append(Sql.quote(col.name())).append(' ').append(db.dialect().columnType(col));
        }
        ddl.append(')');
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(t.lowerSchema()));
            s.execute("DROP TABLE IF EXISTS " + table(t));
            s.execute(ddl.toString());
        }
        if (!c.getAutoCommit()) c.commit();
    }

    private void createIndexes(Connection c, TableDescriptor t) throws SQLException {
        String base = (t.schema() + "_" + t.name()).toLowerCase();
        try (Statement s = c.createStatement()) {
            for (ColumnDescriptor col : t.columns()) {
                if (col.indexed()) {
                    s.execute("CREATE INDEX " + Sql.quote(base + "_" + col.name()) + " ON " + table(t)
                            + " (" + Sql.quote(col.name()) + ")");
                }
            }
        }
        if (t.position() != null) db.dialect().createSpatialIndex(c, table(t), base + "_pos", t.position());
        if (!c.getAutoCommit()) c.commit();
    }

    private void remember(Connection c, TableDescriptor t, String json) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM " + META_TABLE + " WHERE name = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO " + META_TABLE
                     + " (name, json, seq) VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM " + META_TABLE + "))")) {
            del.setString(1, t.qualifiedName().toLowerCase());
            del.executeUpdate();
            ins.setString(1, t.qualifiedName().toLowerCase());
            ins.setString(2, json);
            ins.executeUpdate();
        }
        if (!c.getAutoCommit()) c.commit();
    }

    /** Rewrites the TAP_SCHEMA rows from the descriptors in one transaction. */
    public synchronized void writeTapSchema() throws SQLException {
        List<TableDescriptor> tables = catalog.tables();
        List<String> schemas = catalog.schemas();
        try (Connection c = db.admin()) {
            c.setAutoCommit(false);
            try {
                // several web nodes may start at once: one rewrite at a time, or rows double
                db.dialect().lockSchemaChanges(c);
                try (Statement s = c.createStatement()) {
                    for (String t : TAP_SCHEMA_TABLES) s.execute("DELETE FROM " + Sql.table("tap_schema", t));
                }
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < schemas.size(); i++) {
                    String s = schemas.get(i);
                    rows.add(new Object[] {s, null, schemaDescriptions.getOrDefault(s, "Tables of schema " + s), i});
                }
                load(c, "schemas", rows);
                rows.clear();
                for (int i = 0; i < tables.size(); i++) {
                    TableDescriptor t = tables.get(i);
                    rows.add(new Object[] {t.schema(), t.qualifiedName(), "table", t.utype(), describe(t), i});
                }
                load(c, "tables", rows);
                rows.clear();
                for (TableDescriptor t : tables) {
                    for (int i = 0; i < t.columns().size(); i++) {
                        ColumnDescriptor col = t.columns().get(i);
                        Integer size = col.arraysize() != null && col.arraysize().matches("\\d+")
                                ? Integer.valueOf(col.arraysize()) : null;
                        rows.add(new Object[] {t.qualifiedName(), col.name(), col.utype(), col.ucd(), col.unit(),
                            col.description(), col.datatype(), col.arraysize(), col.xtype(), size,
                            col.principal() ? 1 : 0, col.indexed() ? 1 : 0, col.std() ? 1 : 0, i});
                    }
                }
                load(c, "columns", rows);
                rows.clear();
                List<Object[]> keyColumns = new ArrayList<>();
                for (TableDescriptor t : tables) {
                    for (int k = 0; k < t.foreignKeys().size(); k++) {
                        ForeignKeyDescriptor fk = t.foreignKeys().get(k);
                        String id = t.qualifiedName() + "_fk" + (k + 1);
                        rows.add(new Object[] {id, t.qualifiedName(), fk.target(), null, fk.description()});
                        for (int j = 0; j < fk.from().size(); j++) {
                            keyColumns.add(new Object[] {id, fk.from().get(j), fk.to().get(j)});
                        }
                    }
                }
                load(c, "keys", rows);
                load(c, "key_columns", keyColumns);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String describe(TableDescriptor t) {
        if (t.credit() == null || t.credit().isBlank()) return t.description();
        return t.description() + " Credit: " + t.credit();
    }

    private void load(Connection c, String tapTable, List<Object[]> rows) throws SQLException {
        TableDescriptor d = catalog.find("TAP_SCHEMA." + tapTable).orElseThrow();
        BatchLoader.load(c, Sql.table("tap_schema", tapTable), d.columns(), rows.iterator());
    }
}
