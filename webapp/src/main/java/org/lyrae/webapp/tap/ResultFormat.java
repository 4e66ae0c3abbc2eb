package org.lyrae.webapp.tap;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.query.StreamingResultTable;

/** One output format of query results: its MIME type, short names and writer. */
public interface ResultFormat {

    FormatName name();

    /** The MIME type sent as Content-Type and advertised in the capabilities. */
    default String mimeType() {
        return name().mime();
    }

    /** Other names RESPONSEFORMAT accepts for this format (short names and MIME variants). */
    default List<String> aliases() {
        return name().aliases();
    }

    /** The TAPRegExt identifier of a standard format, or null. */
    default String ivoId() {
        return name().ivoId();
    }

    void write(CompiledQuery query, StreamingResultTable table, OutputStream out) throws IOException;

    default boolean accepts(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals(mimeType().toLowerCase(Locale.ROOT).replace(" ", ""))) return true;
        return aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).replace(" ", "").equals(n));
    }
}
