package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whitespace tables of the shared data (CHR/LIT files, lcfit {@code *_param.dat}): a first line
 * {@code # col1 col2 …}, then one row per line. {@code NaN} and {@code ""} are read as null, so that
 * "absent" has one spelling for the callers.
 */
public final class WhitespaceTable {

    private WhitespaceTable() {
    }

    /** Rows in file order, each a column → text map (null where the file says NaN or ""). */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("#")) throw new IOException(file + ": no # header line");
        String[] header = lines.get(0).substring(1).trim().split("\\s+");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty()) continue;
            String[] tokens = line.split("\\s+");
            if (tokens.length != header.length) {
                throw new IOException(file + " line " + (n + 1) + ": " + tokens.length + " fields, header has " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                String t = tokens[i];
                row.put(header[i], t.equals("NaN") || t.equals("\"\"") ? null : t);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The column as a number; NaN when absent (null) or when the table has no such column. */
    public static double number(Map<String, String> row, String column) {
        String text = row.get(column);
        return text == null ? Double.NaN : Double.parseDouble(text);
    }
}
