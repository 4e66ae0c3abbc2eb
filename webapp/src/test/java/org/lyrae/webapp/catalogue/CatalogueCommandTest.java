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
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeService;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.cli.AnalyzeCommand;
import org.lyrae.webapp.cli.CatalogueCommand;
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
     * With the real models (trained on first use into a fresh folder), a star in the catalogue has
     * the numbers {@code analyze} gives for its light curve: one analysis, one set of models.
     */
    @Test
    void theCatalogueAndAnalyzeAgreeStarForStar(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");
        Path var = dir.resolve("var");
        run(0, "build", "--var", var.toString(), "--data", TestServers.sharedData().toString(), "--models", models.toString());
        Path curve = TestServers.sharedData().resolve("gaia_dr3_epoch/" + CatalogueSharedDataTest.AA_AQL + ".csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = AnalyzeCommand.run(new String[] {"--models", models.toString(), "--out", dir.resolve("aa.vot").toString(), curve.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        StarTable analyzed = new StarTableFactory().makeStarTable(dir.resolve("aa.vot").toString(), "votable");
        List<String> header = new java.util.ArrayList<>();
        for (int i = 0; i < analyzed.getColumnCount(); i++) header.add(analyzed.getColumnInfo(i).getName());
        Object[] cells = analyzed.getRow(0);

        LyraeConfig config = new LyraeConfig();
        config.varDir = var;
        config.loadDemo = false;
        try (LyraeService service = LyraeService.open(config)) {
            Object[] row = CatalogueSharedDataTest.query(service, "SELECT pf, feh_bayes, feh_xgb, metallicity, metallicity_error "
                    + "FROM rrlyrae.metallicity WHERE source_id = " + CatalogueSharedDataTest.AA_AQL).get(0);
            String[] analyzeColumns = {"period", "feh_bayes", "feh_xgb", "feh", "feh_error"};
            for (int i = 0; i < analyzeColumns.length; i++) {
                double fromAnalyze = ((Number) cells[header.indexOf(analyzeColumns[i])]).doubleValue();
                assertTrue(Double.isFinite(fromAnalyze), analyzeColumns[i]);
                assertEquals(fromAnalyze, ((Number) row[i]).doubleValue(), 1e-9 * Math.abs(fromAnalyze), analyzeColumns[i]);
            }
        }
    }
}
