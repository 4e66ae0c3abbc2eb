package org.lyrae.ml.lc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;

/** The 59 raw Gaia DR3 G curves of {@code gaia_dr3_epoch/}. */
class GaiaEpochCsvTest {

    static List<Path> csvFiles() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.dataDir().resolve("gaia_dr3_epoch"))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** The file's rows as parsed here, independently of the reader: time, mag, flux, flux_error. */
    static double[][] rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals(",time,fase,mag,flux,flux_error", lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5])});
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        return rows.toArray(new double[0][]);
    }

    @Test
    void allFiftyNineReadAsOneGStarEachWithEveryEpoch() throws Exception {
        List<Path> files = csvFiles();
        assertEquals(59, files.size());
        int total = 0;
        for (Path f : files) {
            ReadResult r = LightCurveReaders.standard().read(f);
            assertEquals(GaiaEpochCsvFormat.NAME, r.format(), f.toString());
            assertEquals(StilTableFormat.GAIA_TIME, r.timeSystem());
            assertTrue(r.problems().isEmpty(), r.problems().toString());
            LightCurve c = r.single();
            String stem = f.getFileName().toString().replace(".csv", "");
            assertEquals(stem, c.id());
            assertEquals("G", c.band());
            assertTrue(Double.isNaN(c.period()), "the files give no period");
            assertTrue(c.size() >= 20 && c.size() <= 102, stem + ": " + c.size() + " epochs");

            double[][] rows = rows(f);
            int dropped = c.dropped().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(rows.length, c.size() + dropped, stem + ": every row is an epoch or counted as dropped");
            assertTrue(c.dropped().isEmpty(), stem + ": these files are clean, yet " + c.dropped());
            for (int i = 0; i < c.size(); i++) {
                assertEquals(rows[i][0], c.time()[i], 0.0, stem + " time " + i);
                assertEquals(rows[i][1], c.mag()[i], 0.0, stem + " mag " + i);
                double err = 2.5 / Math.log(10) * rows[i][3] / rows[i][2];
                assertEquals(err, c.magErr()[i], 1e-12 * err, stem + " error " + i);
                assertTrue(c.time()[i] > 1600 && c.time()[i] < 2800, stem + ": a DR3 time, BJD-2455197.5: " + c.time()[i]);
                assertTrue(c.mag()[i] > 5 && c.mag()[i] < 21 && c.magErr()[i] > 0 && c.magErr()[i] < 0.2);
                if (i > 0) assertTrue(c.time()[i] > c.time()[i - 1], "sorted, no duplicates");
            }
            total += c.size();
        }
        assertEquals(2928 - 59, total, "every data line of the 59 files");
    }

    @Test
    void fluxConvertsToTheFilesOwnMagnitudes() throws Exception {
        for (Path f : csvFiles()) {
            ReadOptions fluxes = ReadOptions.defaults().withColumns(ColumnRoles.DETECT.withFlux("flux"));
            LightCurve fromFlux = LightCurveReaders.standard().read(f, fluxes).single();
            double[][] rows = rows(f);
            assertEquals(rows.length, fromFlux.size());
            for (int i = 0; i < rows.length; i++) {
                assertEquals(rows[i][1], fromFlux.mag()[i], 1e-6, f + " row " + i);
                assertEquals(-2.5 * Math.log10(rows[i][2]) + Photometry.GAIA_G_ZERO_POINT, fromFlux.mag()[i], 1e-12);
            }
            // and the magnitudes read as such are the file's, not recomputed
            LightCurve fromMag = LightCurveReaders.standard().read(f).single();
            assertTrue(Arrays.equals(Arrays.stream(rows).mapToDouble(r -> r[1]).toArray(), fromMag.mag()));
        }
    }

    @Test
    void asAPlainTableTheFileGivesTheSameCurveWithoutItsBand() throws Exception {
        Path f = csvFiles().get(0);
        ReadResult plain = LightCurveReaders.standard().read(f, ReadOptions.defaults().withFormat("csv"));
        ReadResult gaia = LightCurveReaders.standard().read(f);
        assertEquals("table/CSV", plain.format());
        assertNull(plain.single().band(), "a plain CSV does not say its band");
        assertTrue(Arrays.equals(gaia.single().time(), plain.single().time()));
        assertTrue(Arrays.equals(gaia.single().mag(), plain.single().mag()));
        assertTrue(Arrays.equals(gaia.single().magErr(), plain.single().magErr()), "flux_error converted in both");
    }
}
