package org.lyrae.ml.lc;

/**
 * Columns named explicitly by the user, for tables where detection by name and UCD is ambiguous
 * or wrong. Every component is nullable: null means "detect". Names match case-insensitively. An empty
 * name says the table has no such column: {@code id = ""} reads the whole file as one star (named by
 * the file name stem) even if a column looks like an identifier; {@code error = ""} ignores error columns.
 *
 * <p>{@code error} is taken as an error of whatever its name says: a name containing
 * {@code over_error} is a flux signal-to-noise ratio (Gaia's {@code flux_over_error}), a name
 * containing {@code flux} is a flux error, anything else is an error of the values read
 * (magnitude error when magnitudes are read, flux error when fluxes are).
 *
 * @param id     star identifier
 * @param time   epoch
 * @param mag    magnitude (takes precedence over {@code flux} when both are given)
 * @param flux   flux, converted to magnitudes with the band's zero point
 * @param error  error of the magnitude or flux
 * @param band   photometric band of each row (multi-band tables such as Gaia's DataLink epoch photometry)
 * @param period period in days, constant per star
 */
public record ColumnRoles(String id, String time, String mag, String flux, String error, String band,
                          String period) {

    /** Nothing named: detect every role. */
    public static final ColumnRoles DETECT = new ColumnRoles(null, null, null, null, null, null, null);

    public ColumnRoles withId(String column) {
        return new ColumnRoles(column, time, mag, flux, error, band, period);
    }

    public ColumnRoles withTime(String column) {
        return new ColumnRoles(id, column, mag, flux, error, band, period);
    }

    public ColumnRoles withMag(String column) {
        return new ColumnRoles(id, time, column, flux, error, band, period);
    }

    public ColumnRoles withFlux(String column) {
        return new ColumnRoles(id, time, mag, column, error, band, period);
    }

    public ColumnRoles withError(String column) {
        return new ColumnRoles(id, time, mag, flux, column, band, period);
    }

    public ColumnRoles withBand(String column) {
        return new ColumnRoles(id, time, mag, flux, error, column, period);
    }

    public ColumnRoles withPeriod(String column) {
        return new ColumnRoles(id, time, mag, flux, error, band, column);
    }

    /**
     * These roles, with each null one filled from {@code defaults}; except that naming either value
     * column ({@code mag} or {@code flux}) here replaces both of the defaults' value columns, so that
     * naming {@code flux} alone reads fluxes even where the defaults name a magnitude column.
     */
    public ColumnRoles orElse(ColumnRoles defaults) {
        boolean values = mag != null || flux != null;
        return new ColumnRoles(id != null ? id : defaults.id, time != null ? time : defaults.time,
                values ? mag : defaults.mag, values ? flux : defaults.flux,
                error != null ? error : defaults.error, band != null ? band : defaults.band,
                period != null ? period : defaults.period);
    }
}
