package org.lyrae.ml.lc;

import java.util.Arrays;
import java.util.List;

/**
 * The Gaia DR3 epoch-photometry CSVs of the project's data ({@code gaia_dr3_epoch/<source_id>.csv}):
 * header {@code ,time,fase,mag,flux,flux_error} (the first column a pandas row index, unnamed), G band
 * only, times BJD(TCB) - 2455197.5 d. The star is the file name stem (its Gaia DR3 {@code source_id}).
 * Magnitudes are the file's {@code mag}; their errors 2.5/ln10 × {@code flux_error}/{@code flux}. The
 * {@code fase} column (a phase computed by someone with a period of their own) is ignored.
 */
public final class GaiaEpochCsvFormat implements LightCurveFormat {

    public static final String NAME = "gaia-dr3-csv";
    private static final List<String> COLUMNS = List.of("time", "fase", "mag", "flux", "flux_error");
    private static final StilTableFormat.Profile PROFILE = new StilTableFormat.Profile(NAME, "csv",
            new ColumnRoles(null, "time", "mag", "flux", "flux_error", null, null), "G", StilTableFormat.GAIA_TIME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Gaia DR3 G epoch photometry as CSV: ,time,fase,mag,flux,flux_error; the file name is the source_id";
    }

    @Override
    public boolean accepts(FileProbe file) {
        List<String> lines = file.headLines(1);
        if (lines.isEmpty()) return false;
        String[] header = lines.get(0).strip().split(",", -1);
        return header.length == COLUMNS.size() + 1
                && Arrays.asList(header).subList(1, header.length).equals(COLUMNS);
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        return StilTableFormat.read(file, options, PROFILE);
    }
}
