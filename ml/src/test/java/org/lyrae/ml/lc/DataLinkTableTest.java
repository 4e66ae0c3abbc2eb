package org.lyrae.ml.lc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;
import org.lyrae.ml.testdata.SharedData;

/** Gaia DataLink epoch photometry (three bands, flags, several stars, unsorted), and the same table in other formats. */
class DataLinkTableTest {

    static List<Path> csvs;
    static StarTable table;
    static Path votable;

    @BeforeAll
    static void fixture() throws Exception {
        List<Path> all = GaiaEpochCsvTest.csvFiles();
        csvs = List.of(all.get(0), all.get(1), all.get(2));
        table = DataLinkFixture.table(csvs);
        votable = DataLinkFixture.write(table, SharedData.scratch("datalink").resolve("EPOCH_PHOTOMETRY-Gaia DR3.xml"),
                "votable");
    }

    @Test
    void readsGOnlyWithRejectedEpochsCounted() throws Exception {
        ReadResult r = LightCurveReaders.standard().read(votable);
        assertEquals("table/VOTable", r.format());
        assertEquals(StilTableFormat.GAIA_TIME, r.timeSystem());
        assertEquals(3, r.curves().size());
        assertTrue(r.problems().isEmpty());
        for (int s = 0; s < csvs.size(); s++) {
            String id = csvs.get(s).getFileName().toString().replace(".csv", "");
            LightCurve c = r.curve(id);
            assertEquals("G", c.band());
            double[][] g = GaiaEpochCsvTest.rows(csvs.get(s));
            List<Integer> kept = new ArrayList<>();
            int rejected = 0;
            for (int i = 0; i < g.length; i++) {
                if (DataLinkFixture.rejectedByPhotometry(i) || DataLinkFixture.rejectedByVariability(i)) rejected++;
                else if (!(s == 0 && i == DataLinkFixture.NAN_ROW)) kept.add(i);
            }
            assertTrue(rejected > 0);
            assertEquals(rejected, c.dropped().get("rejected-flag"), id);
            assertEquals(s == 0 ? Integer.valueOf(1) : null, c.dropped().get("non-finite"), id);
            assertEquals(kept.size(), c.size(), id + ": G epochs not flagged");
            for (int j = 0; j < kept.size(); j++) {
                double[] row = g[kept.get(j)];
                assertEquals(row[0], c.time()[j], 0.0, "G times only, sorted");
                assertEquals(row[1], c.mag()[j], 0.0);
                assertEquals(2.5 / Math.log(10) * row[3] / row[2], c.magErr()[j], 1e-15);
            }
        }
    }

    @Test
    void anotherBandOnRequestAndFluxesMakeItsMagnitudes() throws Exception {
        ReadOptions bp = ReadOptions.defaults().withBand("BP");
        ReadResult fromMag = LightCurveReaders.standard().read(votable, bp);
        ReadResult fromFlux = LightCurveReaders.standard().read(votable,
                bp.withColumns(ColumnRoles.DETECT.withFlux("flux").withError("flux_error")));
        double[][] g = GaiaEpochCsvTest.rows(csvs.get(1));
        String id = csvs.get(1).getFileName().toString().replace(".csv", "");
        LightCurve m = fromMag.curve(id);
        LightCurve f = fromFlux.curve(id);
        assertEquals("BP", m.band());
        int rejected = 0;
        for (int i = 0; i < g.length; i++) rejected += DataLinkFixture.bpRejected(i) ? 1 : 0;
        assertEquals(Map.of("rejected-flag", rejected), m.dropped());
        assertEquals(g.length - rejected, m.size());
        assertArrayEquals(m.time(), f.time());
        for (int j = 0; j < m.size(); j++) {
            assertEquals(m.mag()[j], f.mag()[j], 1e-12, "BP zero point");
            assertEquals(m.magErr()[j], f.magErr()[j], 1e-15);
        }
        int k = 0;
        for (int i = 0; i < g.length; i++) {
            if (DataLinkFixture.bpRejected(i)) continue;
            assertEquals(g[i][0] + 0.00035, m.time()[k], 1e-9);
            assertEquals(-2.5 * Math.log10(DataLinkFixture.bpFlux(g[i][2], i)) + 25.3385, f.mag()[k], 1e-4);
            k++;
        }
        LightCurveException e = assertThrows(LightCurveException.class,
                () -> LightCurveReaders.standard().read(votable, ReadOptions.defaults().withBand("V")));
        assertTrue(e.getMessage().contains("EPOCH_PHOTOMETRY-Gaia DR3.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("no rows for band V") && e.getMessage().contains("BP"), e.getMessage());
    }

    @Test
    void fitsEcsvCsvAndIpacWrittenByStilReadBackIdentically() throws Exception {
        ReadResult reference = LightCurveReaders.standard().read(votable);
        Path dir = SharedData.scratch("datalink");
        String[][] formats = {{"fits", "epochs.fits", "table/FITS-plus"}, {"fits-basic", "epochs-basic.fits", "table/FITS"},
            {"ecsv", "epochs.ecsv", "table/ECSV"}, {"csv", "epochs.csv", "table/CSV"}, {"ipac", "epochs.tbl", "table/IPAC"},
            {"votable-binary2-inline", "epochs-b2.vot", "table/VOTable"}};
        for (String[] f : formats) {
            Path file = DataLinkFixture.write(table, dir.resolve(f[1]), f[0]);
            ReadResult r = LightCurveReaders.standard().read(file);
            assertEquals(f[2], r.format(), f[0]);
            assertEquals(reference.curves().size(), r.curves().size(), f[0]);
            for (LightCurve ref : reference.curves()) {
                LightCurve c = r.curve(ref.id());
                assertArrayEquals(ref.time(), c.time(), f[0]);
                assertArrayEquals(ref.mag(), c.mag(), f[0]);
                assertArrayEquals(ref.magErr(), c.magErr(), f[0]);
                assertEquals(ref.dropped(), c.dropped(), f[0]);
                assertEquals(ref.band(), c.band(), f[0]);
            }
        }
    }

    @Test
    void perSourceArrayColumnsAreExpandedIntoEpochs() throws Exception {
        // Gaia's other epoch-photometry layout: one row per source, a series per column (g_transit_time, bp_obs_time, ...)
        ColumnInfo[] cols = {
            DataLinkFixture.col("source_id", Long.class, null, "meta.id;meta.main", null),
            DataLinkFixture.col("g_transit_time", double[].class, "d", "time.epoch", null),
            DataLinkFixture.col("g_transit_flux", double[].class, "e-/s", "phot.flux", null),
            DataLinkFixture.col("g_transit_flux_over_error", float[].class, null, "stat.snr", null),
            DataLinkFixture.col("bp_obs_time", double[].class, "d", "time.epoch", null),
            DataLinkFixture.col("bp_flux", double[].class, "e-/s", "phot.flux", null),
            DataLinkFixture.col("bp_flux_error", double[].class, "e-/s", "stat.error;phot.flux", null),
            DataLinkFixture.col("variability_flag_g_reject", boolean[].class, null, "meta.code.qual", null),
            DataLinkFixture.col("variability_flag_bp_reject", boolean[].class, null, "meta.code.qual", null),
        };
        RowListStarTable t = new RowListStarTable(cols);
        for (Path csv : csvs) {
            double[][] g = GaiaEpochCsvTest.rows(csv);
            int n = g.length;
            double[] time = new double[n], flux = new double[n], bpTime = new double[n], bpFlux = new double[n],
                    bpErr = new double[n];
            float[] snr = new float[n];
            boolean[] gReject = new boolean[n], bpReject = new boolean[n];
            for (int i = 0; i < n; i++) {
                time[i] = g[i][0];
                flux[i] = g[i][2];
                snr[i] = (float) (g[i][2] / g[i][3]);
                bpTime[i] = g[i][0] + 0.00035;
                bpFlux[i] = DataLinkFixture.bpFlux(g[i][2], i);
                bpErr[i] = g[i][3];
                gReject[i] = i == 0 || i == n - 1;
                bpReject[i] = i < 3;
            }
            t.addRow(new Object[] {Long.parseLong(csv.getFileName().toString().replace(".csv", "")), time, flux, snr,
                bpTime, bpFlux, bpErr, gReject, bpReject});
        }
        Path file = DataLinkFixture.write(t, SharedData.scratch("datalink").resolve("per-source.vot"), "votable");
        ReadResult gr = LightCurveReaders.standard().read(file);
        ReadResult bpr = LightCurveReaders.standard().read(file, ReadOptions.defaults().withBand("bp"));
        for (Path csv : csvs) {
            String id = csv.getFileName().toString().replace(".csv", "");
            double[][] g = GaiaEpochCsvTest.rows(csv);
            LightCurve c = gr.curve(id);
            assertEquals("G", c.band());
            assertEquals(Map.of("rejected-flag", 2), c.dropped());
            assertEquals(g.length - 2, c.size());
            assertEquals(g[1][0], c.time()[0], 0.0);
            assertEquals(g[1][1], c.mag()[0], 1e-9, "G flux with the G zero point");
            assertEquals(2.5 / Math.log(10) * g[1][3] / g[1][2], c.magErr()[0], 1e-6 * c.magErr()[0], "from flux_over_error");
            LightCurve b = bpr.curve(id);
            assertEquals("BP", b.band());
            assertEquals(Map.of("rejected-flag", 3), b.dropped());
            assertEquals(g[3][0] + 0.00035, b.time()[0], 0.0);
            assertEquals(Photometry.magnitude(DataLinkFixture.bpFlux(g[3][2], 3), Photometry.GAIA_BP_ZERO_POINT),
                    b.mag()[0], 1e-12);
            assertNotNull(b.magErr());
        }
    }
}
