package org.lyrae.tap.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A published table, as declared in a descriptor file ({@code tables/SCHEMA.TABLE.json} among the
 * resources or any file): its columns with types, units, UCDs and descriptions, its position
 * columns and foreign keys. Everything TAP_SCHEMA, VOSI tables and the DDL say comes from here.
 */
public record TableDescriptor(
        String schema,
        String name,
        String description,
        String utype,
        String credit,
        PositionDescriptor position,
        List<ColumnDescriptor> columns,
        List<ForeignKeyDescriptor> foreignKeys) {

    public TableDescriptor {
        if (schema == null || name == null) throw new IllegalArgumentException("a table needs a schema and a name");
        columns = List.copyOf(columns == null ? List.of() : columns);
        foreignKeys = List.copyOf(foreignKeys == null ? List.of() : foreignKeys);
        if (columns.isEmpty()) throw new IllegalArgumentException("table " + schema + "." + name + " has no columns");
    }

    /** The name clients use: {@code schema.table}. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    public Optional<ColumnDescriptor> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    public String lowerSchema() {
        return schema.toLowerCase(Locale.ROOT);
    }
}
