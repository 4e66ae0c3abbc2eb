package org.lyrae.webapp.tap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.query.StreamingResultTable;
import uk.ac.starlink.table.RowSequence;

/** Tab-separated values with a header line (text/tab-separated-values); STIL has no plain TSV writer. */
public final class TsvFormat implements ResultFormat {

    // TAPRegExt names only the VOTable serializations
    private static final FormatName NAME = new FormatName("text/tab-separated-values",
            List.of("tsv", "text/tab-separated-values;header=present"), null);

    @Override
    public FormatName name() {
        return NAME;
    }

    @Override
    public void write(CompiledQuery query, StreamingResultTable table, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int n = table.getColumnCount();
        for (int i = 0; i < n; i++) {
            if (i > 0) w.write('\t');
            w.write(clean(table.getColumnInfo(i).getName()));
        }
        w.write('\n');
        try (RowSequence rows = table.getRowSequence()) {
            while (rows.next()) {
                for (int i = 0; i < n; i++) {
                    if (i > 0) w.write('\t');
                    w.write(format(rows.getCell(i)));
                }
                w.write('\n');
            }
        }
        w.flush();
    }

    private static String format(Object v) {
        if (v == null) return "";
        if (v.getClass().isArray()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Array.getLength(v); i++) {
                if (i > 0) sb.append(' ');
                sb.append(Array.get(v, i));
            }
            return sb.toString();
        }
        return clean(v.toString());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
