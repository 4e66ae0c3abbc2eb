package org.lyrae.ml.lc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading whitespace- or comma-separated numeric text files line by line, with line numbers for messages. */
final class TextColumns {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    /** Receives the numbers of each data line. */
    interface LineHandler {
        /**
         * @param values     the line's first numbers (as many as asked to parse; NaN beyond the line's end)
         * @param count      how many columns the line has
         * @param lineNumber 1-based
         */
        void line(double[] values, int count, long lineNumber) throws LightCurveException;
    }

    private TextColumns() {
    }

    /** Blank, or a comment: starts with {@code #}, {@code %}, {@code !}, {@code \} or {@code |}. */
    static boolean isComment(String line) {
        String s = line.strip();
        if (s.isEmpty()) return true;
        char c = s.charAt(0);
        return c == '#' || c == '%' || c == '!' || c == '\\' || c == '|';
    }

    static String[] split(String line) {
        String s = line.strip();
        return s.isEmpty() ? new String[0] : SEPARATORS.split(s);
    }

    /** Whether every token of the line is a number (NaN spellings included), and there are {@code min}..{@code max}. */
    static boolean isNumericLine(String line, int min, int max) {
        if (line == null) return false;
        String[] tokens = split(line);
        if (tokens.length < min || tokens.length > max) return false;
        for (String t : tokens) {
            if (!isNumber(t)) return false;
        }
        return true;
    }

    static boolean isNumber(String token) {
        try {
            parse(token);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A number, with the usual spellings of not-a-number and infinity ({@code nan}, {@code null}, {@code inf}, …). */
    static double parse(String token) {
        String t = token.strip();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan": case "-nan": case "+nan": case "null": case "none": case "--": case "":
                return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                char last = t.charAt(t.length() - 1);
                // Double.parseDouble accepts "1d" and "1f" and hexadecimal; a table cell that says so is not a number here.
                if (!Character.isDigit(last) && last != '.') throw new NumberFormatException(token);
                return Double.parseDouble(t);
        }
    }

    /**
     * Calls {@code handler} for each data line (not blank, not a comment). Each must have
     * {@code minColumns} to {@code maxColumns} columns; the first {@code parse} of them must be numbers.
     */
    static void read(FileProbe probe, int minColumns, int maxColumns, int parse, LineHandler handler)
            throws LightCurveException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(probe.open(), StandardCharsets.UTF_8))) {
            long lineNumber = 0;
            double[] values = new double[parse];
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (isComment(line)) continue;
                String[] tokens = split(line);
                if (tokens.length < minColumns || tokens.length > maxColumns) {
                    throw new LightCurveException(probe.name(), "line " + lineNumber + " has " + tokens.length
                            + " column" + (tokens.length == 1 ? "" : "s") + ", expected "
                            + (maxColumns == minColumns ? String.valueOf(minColumns)
                                    : maxColumns == Integer.MAX_VALUE ? "at least " + minColumns
                                    : minColumns + " to " + maxColumns) + ": " + abbreviate(line));
                }
                for (int c = 0; c < parse; c++) {
                    if (c >= tokens.length) {
                        values[c] = Double.NaN;
                        continue;
                    }
                    try {
                        values[c] = parse(tokens[c]);
                    } catch (NumberFormatException e) {
                        throw new LightCurveException(probe.name(), "line " + lineNumber + ", column " + (c + 1)
                                + ": '" + abbreviate(tokens[c]) + "' is not a number");
                    }
                }
                handler.line(values, tokens.length, lineNumber);
            }
        } catch (IOException e) {
            throw new LightCurveException(probe.name(), "cannot be read: " + e, e);
        }
    }

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
