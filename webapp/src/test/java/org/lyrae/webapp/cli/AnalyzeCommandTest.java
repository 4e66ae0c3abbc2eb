package org.lyrae.webapp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lyrae.ml.fourier.LightCurveAnalyzer;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.webapp.TestServers;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/** {@code lyrae analyze} on shared Gaia DR3 curves and a broken file: the table, the plots, the errors. */
class AnalyzeCommandTest {

    private record Run(int status, String out, String err) { }

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> gaiaCurves(int n) throws Exception {
        try (Stream<Path> s = Files.list(TestServers.sharedData().resolve("gaia_dr3_epoch"))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().limit(n).toList();
        }
    }

    @Test
    void writesOneRowPerStarWithThePlotsAndReportsTheBadFile(@TempDir Path dir) throws Exception {
        List<Path> curves = gaiaCurves(6);
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        List<String> args = new ArrayList<>(List.of("--no-feh", "--out", dir.resolve("fits.vot").toString(), "--plot",
                dir.resolve("png").toString()));
        curves.forEach(p -> args.add(p.toString()));
        args.add(empty.toString());
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("empty.csv"), r.err());
        assertTrue(r.err().contains("analyzed 6 stars, 1 failed"), r.err());

        StarTable t = new StarTableFactory().makeStarTable(dir.resolve("fits.vot").toString(), "votable");
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < t.getColumnCount(); i++) col.put(t.getColumnInfo(i).getName(), i);
        assertEquals("d", t.getColumnInfo(col.get("period")).getUnitString());
        assertEquals("time.period", t.getColumnInfo(col.get("period")).getUCD());
        Map<String, Object[]> rows = new HashMap<>();
        try (RowSequence rs = t.getRowSequence()) {
            while (rs.next()) rows.put((String) rs.getCell(col.get("source_id")), rs.getRow());
        }
        assertEquals(7, rows.size());
        assertEquals("failed", rows.get("empty")[col.get("status")]);
        assertTrue(((String) rows.get("empty")[col.get("message")]).contains("empty.csv"));
        for (Path p : curves) {
            String id = p.getFileName().toString().replace(".csv", "");
            Object[] row = rows.get(id);
            assertEquals("ok", row[col.get("status")], id);
            // the command's numbers are the library's, unchanged on the way
            double expected = LightCurveAnalyzer.analyze(LightCurveReaders.standard().read(p).single()).fit().period().value();
            assertEquals(expected, (Double) row[col.get("period")], 0.0, id);
            double phi31 = (Double) row[col.get("phi31_sine")];
            double phi31Cos = (Double) row[col.get("phi31_cosine")];
            assertEquals(Math.PI, Math.abs(phi31 - phi31Cos), 1e-9, "conventions differ by pi for " + id);
            BufferedImage png = ImageIO.read(dir.resolve("png").resolve(id + ".png").toFile());
            assertTrue(distinctColours(png) > 20, "plot of " + id + " looks blank");
        }
    }

    @Test
    void csvOnStandardOutputWithAGivenPeriod() throws Exception {
        Path curve = gaiaCurves(1).get(0);
        Run r = run("--no-feh", "--period", "0.55", curve.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        List<String> header = List.of(lines.get(0).split(","));
        String[] cells = lines.get(1).split(",", -1);
        assertEquals(0.55, Double.parseDouble(cells[header.indexOf("period")]), 0.0);
        assertEquals("true", cells[header.indexOf("period_given")]);
    }

    @Test
    void badOptionsAreRefusedWithUsage() throws Exception {
        Path curve = gaiaCurves(1).get(0);
        Run noFile = run("--period", "0.5");
        assertEquals(2, noFile.status());
        assertTrue(noFile.err().contains("no input file"), noFile.err());
        Run negative = run("--period", "-1", curve.toString());
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--period must be positive"), negative.err());
        Run format = run("--out", "x.docx", curve.toString());
        assertEquals(2, format.status());
        assertTrue(format.err().contains("unknown table format"), format.err());
        Run missing = run("no-such-file.csv");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file: no-such-file.csv"), missing.err());
    }

    @Test
    void metallicityColumnsFromModelsTrainedOnFirstUse(@TempDir Path dir) throws Exception {
        List<Path> curves = gaiaCurves(8);
        List<String> args = new ArrayList<>(List.of("--models", dir.resolve("models").toString(), "--data",
                TestServers.sharedData().toString(), "--out", dir.resolve("feh.vot").toString()));
        curves.forEach(p -> args.add(p.toString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("training them now"), r.err());
        assertTrue(Files.exists(dir.resolve("models/G/calibration.json")));
        assertTrue(Files.exists(dir.resolve("models/G/report.md")));

        StarTable t = new StarTableFactory().makeStarTable(dir.resolve("feh.vot").toString(), "votable");
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < t.getColumnCount(); i++) col.put(t.getColumnInfo(i).getName(), i);
        for (String c : List.of("feh_bayes", "feh_bayes_error", "feh_xgb", "feh_xgb_error", "feh", "feh_error", "feh_method")) {
            assertTrue(col.containsKey(c), c);
        }
        assertEquals("dex", t.getColumnInfo(col.get("feh")).getUnitString());
        int rrab = 0;
        try (RowSequence rs = t.getRowSequence()) {
            while (rs.next()) {
                Object[] row = rs.getRow();
                String type = (String) row[col.get("pulsation_type")];
                if (!"RRab".equals(type)) continue;
                rrab++;
                double feh = (Double) row[col.get("feh")];
                double err = (Double) row[col.get("feh_error")];
                // RR Lyrae in the field: [Fe/H] between -3 and +0.5, errors a few tenths of a dex
                assertTrue(feh > -3 && feh < 0.5, "feh " + feh);
                assertTrue(err > 0.05 && err < 1.0, "error " + err);
                assertTrue(((String) row[col.get("feh_model_version")]).startsWith("G-"));
                double b = (Double) row[col.get("feh_bayes")];
                double x = (Double) row[col.get("feh_xgb")];
                assertTrue(feh >= Math.min(b, x) - 1e-9 && feh <= Math.max(b, x) + 1e-9, "adopted outside the models' range");
            }
        }
        assertTrue(rrab >= 5, "RRab rows " + rrab);
        // the second run loads what the first trained
        Run again = run(args.toArray(String[]::new));
        assertEquals(0, again.status(), again.err());
        assertTrue(!again.err().contains("training them now"), again.err());
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        }
        return seen.size();
    }
}
