package org.lyrae.tap.adql;

import adql.db.DBColumn;
import adql.db.DBTable;
import adql.db.DefaultDBColumn;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.VoDatatype;

/** A column as the ADQL checker sees it, carrying its descriptor for the result metadata. */
final class PublishedColumn extends DefaultDBColumn {
    final ColumnDescriptor descriptor;

    PublishedColumn(ColumnDescriptor descriptor, DBTable table) {
        super(descriptor.name(), org.lyrae.tap.db.Sql.dbName(descriptor.name()), VoDatatype.adqlType(descriptor), table);
        this.descriptor = descriptor;
    }

    private PublishedColumn(ColumnDescriptor descriptor, String dbName, String adqlName, DBTable table) {
        super(adqlName, dbName, VoDatatype.adqlType(descriptor), table);
        this.descriptor = descriptor;
    }

    @Override
    public DBColumn copy(String dbName, String adqlName, DBTable table) {
        return new PublishedColumn(descriptor, dbName, adqlName, table);
    }
}
