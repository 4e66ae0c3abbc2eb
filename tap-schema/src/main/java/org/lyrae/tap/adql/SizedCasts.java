package org.lyrae.tap.adql;

import adql.db.DBType;
import adql.db.DBType.DBDatatype;
import adql.query.operand.function.cast.CastFunction;
import adql.translator.JDBCTranslator;
import adql.translator.TranslationException;

/**
 * {@code CAST(x AS CHAR(n))} and {@code VARCHAR(n)} with their length. Vollt writes the type
 * without it, and a bare CHAR is one character in SQL: {@code CAST(bigint_col AS CHAR(19))} gave
 * the first digit only, on H2 and PostgreSQL alike.
 */
final class SizedCasts {
    private SizedCasts() {
    }

    /** The SQL of a cast to a string type of given length, or null for the default translation. */
    static String translate(CastFunction cast, JDBCTranslator translator) throws TranslationException {
        DBType type = cast.getTargetType() == null ? null : cast.getTargetType().getReturnType();
        if (type == null || type.length <= 0 || cast.getValue() == null) return null;
        if (type.type != DBDatatype.CHAR && type.type != DBDatatype.VARCHAR) return null;
        return "CAST(" + translator.translate(cast.getValue()) + " AS " + type.type.name() + "(" + type.length + "))";
    }
}
