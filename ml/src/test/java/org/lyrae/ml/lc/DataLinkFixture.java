package org.lyrae.ml.lc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableOutput;

/**
 * Gaia DR3 epoch photometry as the archive's DataLink serves it (one row per transit and band, G, BP
 * and RP rows for each source), made from the project's G CSVs: the G rows are the CSV's, BP and RP rows
 * are made from them with other fluxes and their own zero points. Some rows carry Gaia's rejection flags;
 * one G row is all NaN. The rows of the stars are shuffled together, as an unsorted multi-star upload.
 */
final class DataLinkFixture {

    static final long SOLUTION_ID = 375316653866487564L;

    /** Which G rows (index in time order) are flagged. */
    static boolean rejectedByPhotometry(int i) {
        return i % 11 == 5;
    }

    static boolean rejectedByVariability(int i) {
        return i % 7 == 3;
    }

    /** The G row of the first star that is NaN (and not flagged). */
    static final int NAN_ROW = 2;

    static boolean bpRejected(int i) {
        return i % 5 == 1;
    }

    static double bpFlux(double gFlux, int i) {
        return gFlux * 0.55 * (1 + 0.01 * Math.sin(i));
    }

    static double rpFlux(double gFlux, int i) {
        return gFlux * 0.8 * (1 - 0.01 * Math.cos(i));
    }

    private DataLinkFixture() {
    }

    static StarTable table(List<Path> csvs) throws IOException {
        ColumnInfo[] cols = {
            col("source_id", Long.class, null, "meta.id;meta.main", "Source identifier"),
            col("transit_id", Long.class, null, "meta.id", "Transit unique identifier"),
            col("band", String.class, null, "instr.bandpass", "Photometric band"),
            col("time", Double.class, "d", "time.epoch", "Different times are defined for each band. For G, it is the field-of-view transit averaged observation time. For BP and RP, it is the observation time of the BP CCD transit. The units are Barycentric JD (in TCB) in days -2,455,197.5"),
            col("mag", Double.class, "mag", "phot.mag", "Vega magnitude"),
            col("flux", Double.class, "e-/s", "phot.flux", "Band flux value for the transit"),
            col("flux_error", Double.class, "e-/s", "stat.error;phot.flux", "Flux error"),
            col("flux_over_error", Float.class, null, "stat.snr", "Band flux divided by its error"),
            col("rejected_by_photometry", Boolean.class, null, "meta.code.qual", "Rejected by DPAC photometry processing"),
            col("rejected_by_variability", Boolean.class, null, "meta.code.qual", "Rejected by DPAC variability processing (or variability analysis)"),
            col("other_flags", Long.class, null, "meta.code.qual", "Additional information on the transit"),
            col("solution_id", Long.class, null, "meta.version", "Solution Identifier"),
        };
        RowListStarTable t = new RowListStarTable(cols);
        List<Object[]> rows = new ArrayList<>();
        for (int s = 0; s < csvs.size(); s++) {
            Path csv = csvs.get(s);
            long sourceId = Long.parseLong(csv.getFileName().toString().replace(".csv", ""));
            double[][] g = GaiaEpochCsvTest.rows(csv);
            for (int i = 0; i < g.length; i++) {
                long transit = 17_000_000_000_000_000L + 1_000_000L * s + 10L * i;
                double time = g[i][0];
                double mag = g[i][1];
                double flux = g[i][2];
                double fluxErr = g[i][3];
                if (s == 0 && i == NAN_ROW) mag = flux = fluxErr = Double.NaN;
                rows.add(row(sourceId, transit, "G", time, mag, flux, fluxErr, rejectedByPhotometry(i),
                        rejectedByVariability(i)));
                double bp = bpFlux(g[i][2], i);
                rows.add(row(sourceId, transit, "BP", time + 0.00035, Photometry.magnitude(bp, Photometry.GAIA_BP_ZERO_POINT),
                        bp, fluxErr * 0.9, false, bpRejected(i)));
                double rp = rpFlux(g[i][2], i);
                rows.add(row(sourceId, transit, "RP", time + 0.00031, Photometry.magnitude(rp, Photometry.GAIA_RP_ZERO_POINT),
                        rp, fluxErr * 0.7, false, false));
            }
        }
        Collections.shuffle(rows, new Random(7));
        for (Object[] r : rows) t.addRow(r);
        return t;
    }

    static Path write(StarTable table, Path file, String stilFormat) throws IOException {
        new StarTableOutput().writeStarTable(table, file.toString(), stilFormat);
        return file;
    }

    private static Object[] row(long sourceId, long transit, String band, double time, double mag, double flux,
                                double fluxErr, boolean photometry, boolean variability) {
        return new Object[] {sourceId, transit, band, time, mag, flux, fluxErr, (float) (flux / fluxErr), photometry,
            variability, photometry || variability ? 4097L : 0L, SOLUTION_ID};
    }

    static ColumnInfo col(String name, Class<?> type, String unit, String ucd, String description) {
        ColumnInfo c = new ColumnInfo(name, type, description);
        if (unit != null) c.setUnitString(unit);
        c.setUCD(ucd);
        return c;
    }
}
