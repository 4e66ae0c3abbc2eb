package org.lyrae.webapp.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lyrae.ml.lc.TarGz;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeService;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.cli.AnalyzeCommand;
import org.lyrae.webapp.cli.CatalogueCommand;
import org.lyrae.webapp.cli.TinyNetworks;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/** The command line's refusals and messages. */
class CatalogueCommandTest {
    private static String run(int expected, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = CatalogueCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expected, rc, text);
        return text;
    }

    @Test
    void usageErrors() {
        assertTrue(run(2, "rebuild").contains("unknown subcommand"));
        assertTrue(run(2, "build", "--bogus").contains("unknown option --bogus"));
        assertTrue(run(2, "build", "--no-shared-data").contains("needs --vari-rrlyrae"));
        assertTrue(run(2, "build", "--vari-rrlyrae", "/nonexistent.fits").contains("no such file"));
        assertTrue(run(2, "build", "--threads").contains("lacks its value"));
        assertTrue(run(0, "--help").contains("catalogue build"));
    }

    /**
     * With the real models (Fourier models trained on first use into a fresh folder, and tiny
     * test-fixture networks saved there first as {@code lyrae train --model} would), a star in the
     * catalogue has the numbers {@code analyze} gives for its light curve: one analysis, one set of
     * models. Both a raw DR3 curve and a folded DR2 curve ({@code analyze --period 1}) are compared; the
     * networks' values to 1e-6 dex, since the catalogue predicts thousands of curves at once and
     * {@code analyze} one (float32 sums in another order: about 1e-8 dex).
     */
    @Test
    void theCatalogueAndAnalyzeAgreeStarForStar(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");
        Path var = dir.resolve("var");
        TinyNetworks.train(models, "lstm", "transformer");
        String build = run(0, "build", "--var", var.toString(), "--data", TestServers.sharedData().toString(), "--models", models.toString());
        assertTrue(!build.contains("lyrae train --model"), build);
        Path folded = dir.resolve("folded");
        Files.createDirectories(folded);
        List<String> foldedIds = new java.util.ArrayList<>();
        TarGz.read(TestServers.sharedData().resolve("gaia_g_folded/lc_dev_g.tar.gz"), (name, content) -> {
            String base = TarGz.baseName(name);
            if (!base.endsWith("_bin.dat") || foldedIds.size() >= 3) return;
            Files.write(folded.resolve(base), content);
            foldedIds.add(base.replace("_bin.dat", ""));
        });

        LyraeConfig config = new LyraeConfig();
        config.varDir = var;
        config.loadDemo = false;
        try (LyraeService service = LyraeService.open(config)) {
            Object[] unit = CatalogueSharedDataTest.query(service, "SELECT unit, ucd FROM TAP_SCHEMA.columns WHERE table_name = "
                    + "'rrlyrae.metallicity' AND column_name = 'feh_lstm'").get(0);
            assertEquals("dex", unit[0]);
            assertEquals("phys.abund.Z", unit[1]);
            String[] catalogueColumns = {"pf", "feh_bayes", "feh_xgb", "feh_lstm", "feh_lstm_error", "feh_transformer",
                "feh_transformer_error", "metallicity", "metallicity_error", "model_version"};
            String[] analyzeColumns = {"period", "feh_bayes", "feh_xgb", "feh_lstm", "feh_lstm_error", "feh_transformer",
                "feh_transformer_error", "feh", "feh_error", "feh_model_version"};
            String select = "SELECT " + String.join(", ", catalogueColumns) + " FROM rrlyrae.metallicity WHERE source_id = ";

            Object[] aaAql = analyze(dir, analyzeColumns, "--models", models.toString(),
                    TestServers.sharedData().resolve("gaia_dr3_epoch/" + CatalogueSharedDataTest.AA_AQL + ".csv").toString());
            Object[] row = CatalogueSharedDataTest.query(service, select + CatalogueSharedDataTest.AA_AQL).get(0);
            agree("AA Aql", analyzeColumns, aaAql, row, false);

            int compared = 0;
            for (String id : foldedIds) {
                List<Object[]> rows = CatalogueSharedDataTest.query(service, select + id + " AND input_source = '"
                        + org.lyrae.ml.catalogue.InputSource.DR2_FOLDED_CURVE.label() + "'");
                if (rows.isEmpty()) continue;   // given by an earlier input, or not fitted
                Object[] f = analyze(dir, analyzeColumns, "--period", "1", "--models", models.toString(),
                        folded.resolve(id + "_bin.dat").toString());
                agree(id, analyzeColumns, f, rows.get(0), true);
                compared++;
            }
            assertTrue(compared >= 1, "no folded DR2 star compared among " + foldedIds);
        }
    }

    /** One star through analyze: the cells of {@code columns}. */
    private static Object[] analyze(Path dir, String[] columns, String... args) throws Exception {
        Path out = dir.resolve("analyzed.vot");
        List<String> a = new java.util.ArrayList<>(List.of("--out", out.toString()));
        a.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = AnalyzeCommand.run(a.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        StarTable analyzed = new StarTableFactory().makeStarTable(out.toString(), "votable");
        List<String> header = new java.util.ArrayList<>();
        for (int i = 0; i < analyzed.getColumnCount(); i++) header.add(analyzed.getColumnInfo(i).getName());
        Object[] cells = analyzed.getRow(0);
        Object[] picked = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) picked[i] = cells[header.indexOf(columns[i])];
        return picked;
    }

    /** analyze's cells against the catalogue's; a folded curve has no period, so no period models. */
    private static void agree(String star, String[] columns, Object[] analyzed, Object[] catalogue, boolean folded) {
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            if (c.equals("feh_model_version")) {
                assertEquals(analyzed[i], catalogue[i], star);
                assertTrue(((String) catalogue[i]).contains("+lstm-G-"), star + ": " + catalogue[i]);
                continue;
            }
            double a = analyzed[i] == null ? Double.NaN : ((Number) analyzed[i]).doubleValue();
            double b = catalogue[i] == null ? Double.NaN : ((Number) catalogue[i]).doubleValue();
            if (folded && (c.equals("period") || c.equals("feh_bayes"))) {
                assertTrue(Double.isNaN(b), star + " " + c + " in the catalogue: " + b);   // analyze shows the given 1
                continue;
            }
            if (folded && c.equals("feh_xgb") && Double.isNaN(a)) {
                assertTrue(Double.isNaN(b), star + " " + c);
                continue;
            }
            assertTrue(Double.isFinite(a), star + " " + c);
            boolean network = c.startsWith("feh_lstm") || c.startsWith("feh_transformer") || c.equals("feh") || c.equals("feh_error");
            assertEquals(a, b, network ? 1e-6 : 1e-9 * Math.abs(a), star + " " + c);
        }
    }
}
