package org.lyrae.tap.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One column of a published table, as declared in a table descriptor file. The datatype is a
 * VOTable datatype ({@code boolean, short, int, long, float, double, char, unicodeChar}); with
 * {@code arraysize} for strings ("*" or a number) and {@code xtype} for DALI types
 * ({@code timestamp}, {@code point}, ...).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ColumnDescriptor(
        String name,
        String datatype,
        String arraysize,
        String xtype,
        String unit,
        String ucd,
        String utype,
        String description,
        boolean indexed,
        boolean principal,
        boolean std,
        boolean nullable) {

    public ColumnDescriptor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("column without a name");
        if (datatype == null) throw new IllegalArgumentException("column " + name + " has no datatype");
    }

    public boolean isString() {
        return datatype.equals("char") || datatype.equals("unicodeChar");
    }
}
