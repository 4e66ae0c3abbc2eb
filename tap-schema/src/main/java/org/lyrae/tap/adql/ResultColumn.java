package org.lyrae.tap.adql;

import adql.db.DBType;
import org.lyrae.tap.schema.ColumnDescriptor;

/**
 * A column of a query result: its output name, the descriptor of the published column it comes
 * from (null for computed expressions) and, for geometry, the DALI xtype of its values.
 */
public record ResultColumn(String name, ColumnDescriptor source, DBType type, String geometryXtype) {
}
