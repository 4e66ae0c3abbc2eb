package org.lyrae.tap.db;

import java.util.Locale;

/** Identifier quoting shared by the dialects: database names are lower case and always quoted. */
public final class Sql {
    private Sql() {
    }

    public static String quote(String identifier) {
        return "\"" + dbName(identifier).replace("\"", "\"\"") + "\"";
    }

    /** The database name of a descriptor name; a delimited ADQL name ("size") loses its quotes. */
    public static String dbName(String identifier) {
        String n = identifier.length() > 1 && identifier.startsWith("\"") && identifier.endsWith("\"")
                ? identifier.substring(1, identifier.length() - 1) : identifier;
        return n.toLowerCase(Locale.ROOT);
    }

    public static String table(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
