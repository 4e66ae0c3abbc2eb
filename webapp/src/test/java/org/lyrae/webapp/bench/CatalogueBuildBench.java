package org.lyrae.webapp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.catalogue.ChrLinearTestModels;
import org.lyrae.webapp.catalogue.SyntheticVariRrlyrae;
import org.lyrae.webapp.cli.CatalogueCommand;

/**
 * Wall time of {@code lyrae catalogue build --no-shared-data --vari-rrlyrae FILE} for a synthetic
 * Gaia-shaped export of {@value SyntheticVariRrlyrae#FULL_SIZE} rows (FITS, written once per run),
 * load into the database included, on H2 (embedded, file under a temporary folder, as {@code serve})
 * and PostgreSQL (COPY, pgSphere index), plus the build from the shared data (light-curve fits of
 * 13,382 curves). The models are the linear test fixture ({@link ChrLinearTestModels}), so model time
 * is small here; the trained models add their own prediction time.
 *
 * <p>A benchmark, not a test (never in {@code mvn verify}): {@code mvn -B -o -Pbench test -pl webapp
 * -Dtest=CatalogueBuildBench}. Properties: {@code lyrae.bench.rows} (default 271779),
 * {@code lyrae.bench.backends} ("h2,pg"), {@code lyrae.bench.pgAdmin}, {@code lyrae.bench.pgdb}
 * (database recreated). Reports the 1-minute load average before and after each build (the machine is
 * shared); writes {@code target/catalogue-bench.txt}.
 */
class CatalogueBuildBench {
    private static final int ROWS = Integer.getInteger("lyrae.bench.rows", SyntheticVariRrlyrae.FULL_SIZE);
    private static final String BACKENDS = System.getProperty("lyrae.bench.backends", "h2,pg");
    private static final String PG_ADMIN = System.getProperty("lyrae.bench.pgAdmin",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final String PG_DB = System.getProperty("lyrae.bench.pgdb", "lyrae_catalogue_bench");

    @Test
    void catalogueBuild() throws Exception {
        Path dir = Files.createTempDirectory("lyrae-catalogue-bench");
        Path file = dir.resolve("vari_rrlyrae.fits");
        long t0 = System.nanoTime();
        SyntheticVariRrlyrae.write(file, ROWS, 2024, false, "fits");
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "synthetic vari_rrlyrae export: %d rows, %.1f MB FITS, written in %.1f s; %d cores%n", ROWS,
                Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors()));
        MetallicityModels models = new ChrLinearTestModels(TestServers.sharedData());
        for (String backend : BACKENDS.split(",")) {
            List<String> db = new ArrayList<>();
            String url = null;
            if (backend.equals("pg")) {
                try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
                    s.execute("CREATE DATABASE " + PG_DB);
                }
                url = "jdbc:postgresql://127.0.0.1:5432/" + PG_DB + "?user=postgres";
                db = List.of("--db", url);
            } else if (backend.equals("h2")) {
                db = List.of("--var", dir.resolve("var-h2").toString());
            } else {
                throw new IllegalArgumentException("backend " + backend + " (h2 or pg)");
            }
            run(report, backend + " export", models, file, db, ROWS);
            if (url != null) report.append(String.format(Locale.ROOT, "  PostgreSQL table size: %s%n", pgSize(url)));
            List<String> shared = new ArrayList<>(List.of("--data", TestServers.sharedData().toString()));
            shared.addAll(backend.equals("h2") ? List.of("--var", dir.resolve("var-h2-shared").toString()) : db);
            run(report, backend + " shared data", models, null, shared, 14_173);
        }
        System.out.println("\n=== catalogue build ===\n" + report);
        Path out = Path.of("target", "catalogue-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static void run(StringBuilder report, String label, MetallicityModels models, Path export, List<String> extra,
                            long expectedRows) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--data", TestServers.sharedData().toString()));
        if (export != null) args.addAll(List.of("--no-shared-data", "--vari-rrlyrae", export.toString()));
        args.addAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        int rc = CatalogueCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, (c, d, p) -> models);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, text);
        assertEquals(true, text.contains("published rrlyrae.metallicity: " + expectedRows + " rows"), text);
        report.append(String.format(Locale.ROOT, "%-16s %8d rows  %6.1f s  %8.0f rows/s  load average %s -> %s%n", label,
                expectedRows, seconds, expectedRows / seconds, loadBefore, loadAverage()));
        for (String line : text.split("\n")) if (line.startsWith("  ") || line.startsWith("analyse") || line.startsWith("catalogue")) {
            report.append("    ").append(line.strip()).append('\n');
        }
    }

    private static String pgSize(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('rrlyrae.metallicity'))")) {
            r.next();
            return r.getString(1);
        }
    }

    /** The 1, 5 and 15-minute load averages (the machine is shared). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
