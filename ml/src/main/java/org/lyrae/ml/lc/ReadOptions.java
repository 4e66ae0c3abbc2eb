package org.lyrae.ml.lc;

import java.util.Objects;

/**
 * How to read a light-curve file. Start from {@link #defaults()} and change what is needed with
 * the {@code with…} methods.
 *
 * @param format        a format's name ({@link LightCurveFormat#name()}, or a STIL table handler
 *                      name such as {@code votable}, {@code fits}, {@code csv}, {@code ecsv},
 *                      {@code ipac}), or null to detect it
 * @param columns       columns named explicitly; {@link ColumnRoles#DETECT} to find them all
 * @param band          the band to read from a multi-band table, and the band of files that do not
 *                      say (folded and headerless files); null: {@code G} in multi-band tables,
 *                      unknown elsewhere
 * @param fluxZeroPoint magnitude zero point for fluxes, or NaN to use the band's (Gaia G, BP, RP)
 * @param maxBytes      larger files are refused before anything is read
 * @param minEpochs     stars with fewer usable epochs are reported as problems, not returned
 * @param strict        when true, negative or zero errors and duplicated times make the star a
 *                      problem; when false (the default) those epochs are dropped, counted in
 *                      {@link LightCurve#dropped()} and described in {@link ReadResult#warnings()}
 * @param sourceName    the name to use for the file in messages, for format detection by extension
 *                      and as the star's identifier when the file has no identifier column (an
 *                      upload's original name); null: the path's own file name
 */
public record ReadOptions(String format, ColumnRoles columns, String band, double fluxZeroPoint, long maxBytes,
                          int minEpochs, boolean strict, String sourceName) {

    /** 2 GiB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MIN_EPOCHS = 3;

    public ReadOptions {
        Objects.requireNonNull(columns, "columns (use ColumnRoles.DETECT)");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (minEpochs < 1) throw new IllegalArgumentException("minEpochs must be at least 1: " + minEpochs);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, ColumnRoles.DETECT, null, Double.NaN, DEFAULT_MAX_BYTES, DEFAULT_MIN_EPOCHS,
                false, null);
    }

    public ReadOptions withFormat(String name) {
        return new ReadOptions(name, columns, band, fluxZeroPoint, maxBytes, minEpochs, strict, sourceName);
    }

    public ReadOptions withColumns(ColumnRoles roles) {
        return new ReadOptions(format, roles, band, fluxZeroPoint, maxBytes, minEpochs, strict, sourceName);
    }

    public ReadOptions withBand(String name) {
        return new ReadOptions(format, columns, name, fluxZeroPoint, maxBytes, minEpochs, strict, sourceName);
    }

    public ReadOptions withFluxZeroPoint(double zeroPoint) {
        return new ReadOptions(format, columns, band, zeroPoint, maxBytes, minEpochs, strict, sourceName);
    }

    public ReadOptions withMaxBytes(long bytes) {
        return new ReadOptions(format, columns, band, fluxZeroPoint, bytes, minEpochs, strict, sourceName);
    }

    public ReadOptions withMinEpochs(int epochs) {
        return new ReadOptions(format, columns, band, fluxZeroPoint, maxBytes, epochs, strict, sourceName);
    }

    public ReadOptions withStrict(boolean on) {
        return new ReadOptions(format, columns, band, fluxZeroPoint, maxBytes, minEpochs, on, sourceName);
    }

    public ReadOptions withSourceName(String name) {
        return new ReadOptions(format, columns, band, fluxZeroPoint, maxBytes, minEpochs, strict, name);
    }
}
