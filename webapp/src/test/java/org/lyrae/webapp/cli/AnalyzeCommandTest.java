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
import org.lyrae.ml.lc.TarGz;
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

    /**
     * The Fourier models are trained on first use, the networks are not: their columns stay empty and
     * one line says how to train them. With (tiny, test-fixture) networks saved in the models folder,
     * the RRab rows get their values and the adopted [Fe/H] weighs them with the Fourier models; a
     * headerless phase/mag file with {@code --period 1} gets the networks' values and none from the
     * models that read the period.
     */
    @Test
    void metallicityColumnsFromModelsTrainedOnFirstUseAndTheTrainedNetworks(@TempDir Path dir) throws Exception {
        List<Path> curves = gaiaCurves(8);
        Path models = dir.resolve("models");
        List<String> args = new ArrayList<>(List.of("--models", models.toString(), "--data",
                TestServers.sharedData().toString(), "--out", dir.resolve("feh.vot").toString()));
        curves.forEach(p -> args.add(p.toString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("training them now"), r.err());
        assertTrue(Files.exists(dir.resolve("models/G/calibration.json")));
        assertTrue(Files.exists(dir.resolve("models/G/report.md")));
        List<String> hints = r.err().lines().filter(l -> l.contains("lyrae train --model")).toList();
        assertEquals(1, hints.size(), r.err());
        assertTrue(hints.get(0).contains("`lyrae train --model lstm`") && hints.get(0).contains("`lyrae train --model transformer`"),
                hints.get(0));
        assertTrue(!Files.exists(models.resolve("G/lstm")), "a network was trained on first use");

        Table t = Table.read(dir.resolve("feh.vot"));
        for (String c : List.of("feh_bayes", "feh_bayes_error", "feh_xgb", "feh_xgb_error", "feh_lstm", "feh_lstm_error",
                "feh_transformer", "feh_transformer_error", "feh", "feh_error", "feh_method")) {
            assertTrue(t.col.containsKey(c), c);
        }
        for (String c : List.of("feh", "feh_lstm", "feh_lstm_error", "feh_transformer", "feh_transformer_error")) {
            assertEquals("dex", t.info(c).getUnitString(), c);
        }
        assertEquals("phys.abund.Z", t.info("feh_lstm").getUCD());
        assertEquals("stat.error;phys.abund.Z", t.info("feh_transformer_error").getUCD());
        int rrab = 0;
        for (Object[] row : t.rows) {
            assertTrue(empty(row[t.col.get("feh_lstm")]), "an untrained network gave a value");
            assertTrue(empty(row[t.col.get("feh_transformer")]), "an untrained network gave a value");
            String type = (String) row[t.col.get("pulsation_type")];
            if (!"RRab".equals(type)) continue;
            rrab++;
            double feh = (Double) row[t.col.get("feh")];
            double err = (Double) row[t.col.get("feh_error")];
            // RR Lyrae in the field: [Fe/H] between -3 and +0.5, errors a few tenths of a dex
            assertTrue(feh > -3 && feh < 0.5, "feh " + feh);
            assertTrue(err > 0.05 && err < 1.0, "error " + err);
            assertTrue(((String) row[t.col.get("feh_model_version")]).startsWith("G-"));
            double b = (Double) row[t.col.get("feh_bayes")];
            double x = (Double) row[t.col.get("feh_xgb")];
            assertTrue(feh >= Math.min(b, x) - 1e-9 && feh <= Math.max(b, x) + 1e-9, "adopted outside the models' range");
        }
        assertTrue(rrab >= 5, "RRab rows " + rrab);

        // the networks, trained as lyrae train would save them; the second run loads what the first trained
        TinyNetworks.train(models, "lstm", "transformer");
        Run again = run(args.toArray(String[]::new));
        assertEquals(0, again.status(), again.err());
        assertTrue(!again.err().contains("training them now"), again.err());
        assertTrue(!again.err().contains("lyrae train --model"), again.err());
        Table withNetworks = Table.read(dir.resolve("feh.vot"));
        int adoptedWithNetworks = 0;
        for (Object[] row : withNetworks.rows) {
            if (!"RRab".equals(row[withNetworks.col.get("pulsation_type")])) continue;
            assertTrue(((String) row[withNetworks.col.get("feh_model_version")]).matches("G-.*\\+lstm-G-.*\\+transformer-G-.*"));
            assertTrue(Double.isFinite((Double) row[withNetworks.col.get("feh_lstm")]));
            assertTrue((Double) row[withNetworks.col.get("feh_transformer_error")] > 0);
            if (withNetworks.adoptedFromAll(row)) adoptedWithNetworks++;
        }
        assertTrue(adoptedWithNetworks >= 3, "RRab rows adopted from all four models: " + adoptedWithNetworks);

        // a headerless phase/mag file (as lc_dev_g/*_bin.dat, but named like any text file) and a *_bin.dat itself
        List<String> folded = new ArrayList<>();
        TarGz.read(TestServers.sharedData().resolve("gaia_g_folded/lc_dev_g.tar.gz"), (name, content) -> {
            String base = TarGz.baseName(name);
            if (!base.endsWith("_bin.dat") || folded.size() >= 2) return;
            Path p = dir.resolve(folded.isEmpty() ? base.replace("_bin.dat", ".dat") : base);
            Files.write(p, content);
            folded.add(p.toString());
        });
        List<String> foldedArgs = new ArrayList<>(List.of("--period", "1", "--models", models.toString(), "--out",
                dir.resolve("folded.vot").toString()));
        foldedArgs.addAll(folded);
        Run phase = run(foldedArgs.toArray(String[]::new));
        assertEquals(0, phase.status(), phase.err());
        Table f = Table.read(dir.resolve("folded.vot"));
        assertEquals(2, f.rows.size());
        for (Object[] row : f.rows) {
            String id = (String) row[f.col.get("source_id")];
            assertTrue(id.matches("\\d+"), "the id is the file name stem: " + id);
            assertEquals("G", row[f.col.get("band")], id);
            assertEquals("RRab", row[f.col.get("pulsation_type")], id);
            double lstm = (Double) row[f.col.get("feh_lstm")];
            double transformer = (Double) row[f.col.get("feh_transformer")];
            assertTrue(Double.isFinite(lstm) && Double.isFinite(transformer), id);
            // period 1 is one cycle, not the star's period: the Bayesian relation reads the period and gives nothing
            assertTrue(empty(row[f.col.get("feh_bayes")]), id);
            String flags = (String) row[f.col.get("feh_flags")];
            assertTrue(flags.contains("period=NO_PERIOD") && flags.contains("bayes=MISSING_FEATURE:period"), flags);
            assertTrue(f.adoptedFromAll(row), id + ": adopted " + row[f.col.get("feh")] + " flags " + flags);
        }
    }

    /** An empty cell of a double column, as a VOTable gives it back (null or NaN). */
    private static boolean empty(Object cell) {
        return cell == null || Double.isNaN((Double) cell);
    }

    /** A VOTable written by analyze, read back: column indexes by name and the rows. */
    private record Table(StarTable table, Map<String, Integer> col, List<Object[]> rows) {
        static Table read(Path vot) throws Exception {
            StarTable t = new StarTableFactory().makeStarTable(vot.toString(), "votable");
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < t.getColumnCount(); i++) col.put(t.getColumnInfo(i).getName(), i);
            List<Object[]> rows = new ArrayList<>();
            try (RowSequence rs = t.getRowSequence()) {
                while (rs.next()) rows.add(rs.getRow().clone());
            }
            return new Table(t, col, rows);
        }

        uk.ac.starlink.table.ColumnInfo info(String name) {
            return table.getColumnInfo(col.get(name));
        }

        /**
         * Whether the row's feh is the inverse-variance weighted mean of every model with a value and no
         * flag, networks included, and at least one network has a value (rows with a flagged model are
         * not judged: false).
         */
        boolean adoptedFromAll(Object[] row) {
            String flags = (String) row[col.get("feh_flags")];
            if (flags != null && flags.contains("OUT_OF_RANGE")) return false;
            double sw = 0;
            double swx = 0;
            boolean network = false;
            for (String m : List.of("feh_bayes", "feh_xgb", "feh_lstm", "feh_transformer")) {
                Double v = (Double) row[col.get(m)];
                Double s = (Double) row[col.get(m + "_error")];
                if (v == null || s == null || !Double.isFinite(v)) continue;
                sw += 1 / (s * s);
                swx += v / (s * s);
                network |= m.equals("feh_lstm") || m.equals("feh_transformer");
            }
            assertTrue(network, "no network value");
            assertEquals(swx / sw, (Double) row[col.get("feh")], 1e-9, "adopted [Fe/H] is not the weighted mean of all models");
            return true;
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        }
        return seen.size();
    }
}
