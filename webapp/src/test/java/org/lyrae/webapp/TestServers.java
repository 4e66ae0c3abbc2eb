package org.lyrae.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lyrae servers for the integration tests, one per backend, started once per test JVM on free
 * ports with the demo catalogue: H2 in a fresh temporary folder, PostgreSQL in a freshly created
 * database {@code lyrae_test} on the machine's real server (never a mock), with job files in the
 * database.
 */
public final class TestServers {

    public enum Backend { H2, POSTGRES }

    /** A running service and its URL. */
    public record Running(LyraeService service, LyraeServer server, String baseUrl) {
        public String tap() {
            return baseUrl + "/tap";
        }

        public String feh() {
            return baseUrl + "/feh";
        }
    }

    private static final Map<Backend, Running> RUNNING = new EnumMap<>(Backend.class);

    public static final String PG_ADMIN_URL = System.getProperty("lyrae.test.pgAdmin",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    /** Each concurrent test run needs its own database name. */
    public static final String PG_DB = System.getProperty("lyrae.test.pgdb", "lyrae_test");
    public static final String PG_URL = System.getProperty("lyrae.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/" + PG_DB + "?user=postgres");

    private TestServers() {
    }

    public static Path sharedData() {
        String shared = System.getProperty("lyrae.shared", "../../shared");
        return Paths.get(shared, "data");
    }

    /** The models folder of the test servers (kept between runs under target/, trained by the first job). */
    public static Path testModels() {
        return Paths.get("target", "test-models").toAbsolutePath();
    }

    public static synchronized Running get(Backend backend) throws Exception {
        Running r = RUNNING.get(backend);
        if (r != null) return r;
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.dataDir = sharedData();
        // the light-curve service's Fourier models are trained on first use: once for every test run, here
        config.modelsDir = testModels();
        if (backend == Backend.H2) {
            config.varDir = Files.createTempDirectory("lyrae-test-h2");
        } else {
            recreatePostgresDatabase();
            config.dbUrl = PG_URL;
            // the distributed deployment keeps job files in the database: every async test on
            // PostgreSQL (protocol, clients, taplint) goes through that storage, H2's through files
            config.jobsStorage = "database";
        }
        r = start(config);
        RUNNING.put(backend, r);
        return r;
    }

    /** A server on that configuration with 2 worker threads, closed when the JVM ends. */
    public static Running start(LyraeConfig config) throws Exception {
        LyraeService service = LyraeService.open(config);
        service.startWorkers(2);
        LyraeServer server = new LyraeServer(service);
        server.start();
        Running started = new Running(service, server, "http://127.0.0.1:" + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.server().close();
            } catch (Exception ignored) {
                // the JVM is ending
            }
            started.service().close();
        }));
        return started;
    }

    /** A fresh database {@code <test db>_<suffix>} on the machine's PostgreSQL; returns its JDBC URL. */
    public static String freshPostgresDatabase(String suffix) throws Exception {
        String db = PG_DB + "_" + suffix;
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        return PG_URL.replace("/" + PG_DB + "?", "/" + db + "?");
    }

    private static void recreatePostgresDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + PG_DB);
        }
    }
}
