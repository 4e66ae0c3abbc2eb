package org.lyrae.tap.schema;

import adql.db.DBType;
import adql.db.DBType.DBDatatype;
import java.util.Locale;

/** The mapping between VOTable datatypes, ADQL types and Java classes, in one place. */
public enum VoDatatype {
    BOOLEAN("boolean", DBDatatype.SMALLINT, Boolean.class),
    SHORT("short", DBDatatype.SMALLINT, Short.class),
    INT("int", DBDatatype.INTEGER, Integer.class),
    LONG("long", DBDatatype.BIGINT, Long.class),
    FLOAT("float", DBDatatype.REAL, Float.class),
    DOUBLE("double", DBDatatype.DOUBLE, Double.class),
    CHAR("char", DBDatatype.VARCHAR, String.class),
    UNICODE_CHAR("unicodeChar", DBDatatype.VARCHAR, String.class);

    public final String voName;
    public final DBDatatype adqlType;
    public final Class<?> javaClass;

    VoDatatype(String voName, DBDatatype adqlType, Class<?> javaClass) {
        this.voName = voName;
        this.adqlType = adqlType;
        this.javaClass = javaClass;
    }

    public static VoDatatype of(String voName) {
        for (VoDatatype t : values()) if (t.voName.equals(voName)) return t;
        throw new IllegalArgumentException("unknown VOTable datatype '" + voName + "'");
    }

    /** The ADQL type of a column, where {@code xtype=timestamp} makes a TIMESTAMP. */
    public static DBType adqlType(ColumnDescriptor c) {
        if ("timestamp".equalsIgnoreCase(c.xtype())) return new DBType(DBDatatype.TIMESTAMP);
        VoDatatype t = of(c.datatype());
        if (t.adqlType == DBDatatype.VARCHAR && c.arraysize() != null && c.arraysize().matches("\\d+")) {
            return new DBType(DBDatatype.CHAR, Integer.parseInt(c.arraysize()));
        }
        return new DBType(t.adqlType);
    }

    /** The VOTable datatype for a Java value class (results of computed expressions). */
    public static VoDatatype forClass(Class<?> cls) {
        for (VoDatatype t : values()) if (t.javaClass.equals(cls)) return t;
        return CHAR;
    }

    public String lower() {
        return voName.toLowerCase(Locale.ROOT);
    }
}
