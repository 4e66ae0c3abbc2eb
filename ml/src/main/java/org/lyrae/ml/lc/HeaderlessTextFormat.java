package org.lyrae.ml.lc;

import java.util.Locale;

/**
 * Plain numeric text without a header: whitespace- or comma-separated, two or three columns, time,
 * magnitude and (optionally) its error; {@code #} comment lines are skipped (but a comment line just
 * before the data that names each column, {@code # hjd mag err}, makes the file a table, read by name). One star, named by the
 * file name stem. The times are taken as they are (their system is whatever the file's is); the band
 * is {@link ReadOptions#band()} (null when not given). Accepted when the first data line is all
 * numbers; a file of more than three columns is refused with a message, since which column is what
 * cannot be known: give it a header line and it is read as a table.
 */
public final class HeaderlessTextFormat implements LightCurveFormat {

    public static final String NAME = "headerless";
    public static final String TIME_SYSTEM = "column 1, as in the file";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "headerless numeric text: time, mag[, err] (whitespace or commas)";
    }

    @Override
    public boolean accepts(FileProbe file) {
        return file.isText() && TextColumns.isNumericLine(file.firstDataLine(), 1, Integer.MAX_VALUE)
                && !hasCommentHeader(file);
    }

    /**
     * Whether the last comment line before the data names the columns ({@code # hjd mag err}): as many
     * words as the data has columns, none a number. Such a file is a table (STIL's ASCII format), read
     * by its column names.
     */
    static boolean hasCommentHeader(FileProbe file) {
        String last = null;
        for (String line : file.headLines(1000)) {
            if (!TextColumns.isComment(line)) {
                if (last == null) return false;
                String[] names = TextColumns.split(last.strip().substring(1));
                if (names.length != TextColumns.split(line).length) return false;
                for (String n : names) {
                    if (TextColumns.isNumber(n)) return false;
                }
                return true;
            }
            last = line.strip().startsWith("#") ? line : last;
        }
        return false;
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        String first = file.firstDataLine();
        int width = first == null ? 0 : TextColumns.split(first).length;
        if (width < 2 || width > 3) {
            throw new LightCurveException(file.name(), "has no header and " + width + " column" + (width == 1 ? "" : "s")
                    + " of numbers; a headerless file must have 2 or 3 (time, mag[, error]). Add a header line naming "
                    + "the columns, so that it is read as a table");
        }
        String id = file.stem();
        boolean errors = width == 3;
        EpochCollector epochs = new EpochCollector(file.name(), options, "line", errors);
        TextColumns.read(file, width, width, width, (v, count, line) ->
                epochs.add(id, v[0], v[1], errors ? v[2] : Double.NaN, EpochCollector.OK, line, Double.NaN));
        String band = options.band() == null ? null : options.band().strip().toUpperCase(Locale.ROOT);
        return epochs.finish(NAME, TIME_SYSTEM, band, "column 1 (time)", "column 2 (mag)", "column 3 (error)");
    }
}
