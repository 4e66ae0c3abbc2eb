package org.lyrae.webapp.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeServer;
import org.lyrae.webapp.LyraeService;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.cli.CatalogueCommand;

/**
 * STILTS taplint against a service that publishes the demo catalogue and {@code rrlyrae.metallicity}
 * (built from the shared data with the test-fixture models): no error and no warning, on each
 * backend. The table must also be listed by VOSI tables with its columns.
 */
class CatalogueTaplintTest {

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void taplintIsCleanWithTheCatalogue(TestServers.Backend backend) throws Exception {
        Path var = Files.createTempDirectory("lyrae-catalogue-taplint");
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.dataDir = TestServers.sharedData();
        config.varDir = var;
        List<String> args = new ArrayList<>(List.of("build", "--data", config.dataDir.toString()));
        if (backend == TestServers.Backend.POSTGRES) {
            config.dbUrl = TestServers.freshPostgresDatabase("cattaplint");
            config.jobsStorage = "database";
            args.addAll(List.of("--db", config.dbUrl));
        } else {
            args.addAll(List.of("--var", var.toString()));
        }
        ChrLinearTestModels models = new ChrLinearTestModels(config.dataDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = CatalogueCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, (c, d, p) -> models);
        assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));

        try (LyraeService service = LyraeService.open(config)) {   // demo tables loaded beside the catalogue
            service.startWorkers(2);
            LyraeServer server = new LyraeServer(service);
            server.start();
            try {
                String tap = "http://127.0.0.1:" + server.port() + "/tap";
                String tables = new String(java.net.URI.create(tap + "/tables").toURL().openStream().readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(tables.contains("rrlyrae.metallicity") && tables.contains("phi31_sine"), "VOSI tables lacks the catalogue");
                String report = taplint(tap);
                Files.writeString(Files.createDirectories(Path.of("target")).resolve("taplint-catalogue-" + backend + ".txt"), report);
                List<String> problems = report.lines().filter(l -> l.matches("^[EW]-[A-Z0-9]+-[A-Z0-9]+-\\d+ .*")).toList();
                assertEquals(List.of(), problems, "taplint errors and warnings on " + backend);
                assertTrue(report.contains("rrlyrae.metallicity"), "taplint did not see the catalogue:\n" + report);
                assertTrue(report.matches("(?s).*S-MDQ-QNUM-1 Successful/submitted TAP queries: (\\d+)/\\1.*"),
                        "metadata queries failed:\n" + report);
            } finally {
                server.close();
            }
        }
    }

    static String taplint(String tapUrl) throws Exception {
        Process p = new ProcessBuilder("stilts", "taplint", "tapurl=" + tapUrl).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        return new String(out, StandardCharsets.UTF_8);
    }
}
