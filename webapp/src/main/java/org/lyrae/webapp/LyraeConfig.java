package org.lyrae.webapp;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * All of the service's settings, in one place. Each has a default, a system property
 * ({@code -Dlyrae.NAME=...}) and, for the common ones, a command-line option.
 */
public final class LyraeConfig {
    public int port = intProp("port", 8080);
    public String host = prop("host", "0.0.0.0");
    /** The public base URL, when the service sits behind a proxy; else derived from requests. */
    public String baseUrl = prop("baseUrl", null);
    public String dbUrl = prop("db", null);
    public String dbUser = prop("dbUser", null);
    public String dbPassword = prop("dbPassword", null);
    public Path varDir = Paths.get(prop("var", "var"));
    public Path dataDir = Paths.get(prop("data", "../shared/data"));
    public boolean loadDemo = Boolean.parseBoolean(prop("demo", "true"));
    /** Rows returned when MAXREC is not given, and the most a client may ask for. */
    public long defaultMaxrec = longProp("maxrec.default", 100_000);
    public long hardMaxrec = longProp("maxrec.limit", 20_000_000);
    public int statementTimeoutSeconds = intProp("timeout.sync", 600);
    public long maxUploadBytes = longProp("upload.maxBytes", 20L * 1024 * 1024);
    public long maxUploadRows = longProp("upload.maxRows", 1_000_000);
    public int readerPoolSize = intProp("db.readers", 8);
    /** UWS jobs: where inputs and results are kept, worker threads inside serve, limits. */
    public Path jobsDir = prop("jobs.dir", null) == null ? null : Paths.get(prop("jobs.dir", null));
    /** Where job uploads and results are kept: "directory" (jobs.dir) or "database" (the job database). */
    public String jobsStorage = prop("jobs.storage", "directory");
    public int workerThreads = intProp("jobs.workers", 2);
    /** False in worker processes: they read the catalogue but leave TAP_SCHEMA to the web nodes. */
    public boolean webNode = true;
    /** What a worker process runs on: cpu, or gpu (network jobs first). */
    public String device = prop("device", "cpu");
    /**
     * Where the light-curve networks run: auto (a GPU when the PyTorch build has CUDA and sees one),
     * cpu or gpu. A {@code worker --device gpu} runs them on the GPU whatever this says.
     */
    public String networkDevice = prop("nn.device", "auto");
    /** The metallicity models: the Fourier models are trained here on first use, the networks only by {@code train}. */
    public Path modelsDir = prop("models", null) == null ? null : Paths.get(prop("models", null));
    /** Light-curve service (/feh): stars and unpacked bytes (archives, gzip) one job takes. */
    public int fehMaxStars = intProp("feh.maxStars", 100_000);
    public long fehMaxUnpackedBytes = longProp("feh.maxUnpackedBytes", 512L * 1024 * 1024);
    public int fehMaxFiles = intProp("feh.maxFiles", 100_000);
    /** /feh/sync answers small inputs at once; beyond these it points to /feh/async. */
    public int fehSyncMaxStars = intProp("feh.sync.maxStars", 20);
    public long fehSyncMaxBytes = longProp("feh.sync.maxBytes", 2L * 1024 * 1024);
    /** Stars of one job analysed in parallel. */
    public int fehThreads = intProp("feh.threads", Runtime.getRuntime().availableProcessors());
    public long defaultExecutionDuration = longProp("jobs.duration.default", 3600);
    public long maxExecutionDuration = longProp("jobs.duration.limit", 36_000);
    public long defaultRetentionSeconds = longProp("jobs.retention.default", 7 * 86_400);
    public long maxRetentionSeconds = longProp("jobs.retention.limit", 30 * 86_400);
    public int maxActiveJobsPerOwner = intProp("jobs.maxActivePerOwner", 200);
    public long maxResultBytes = longProp("jobs.maxResultBytes", 2L * 1024 * 1024 * 1024);
    /** A file of "token owner" lines: with it, Authorization: Bearer names the owner of jobs. */
    public Path tokensFile = prop("auth.tokens", null) == null ? null : Paths.get(prop("auth.tokens", null));
    public int fetchSize = intProp("db.fetchSize", 5_000);

    /**
     * {@code --config FILE} among command-line arguments: a properties file of settings named as
     * in this class without the {@code lyrae.} prefix (see deploy/lyrae.properties.example), set as
     * system properties before a config is created; -D options still win.
     */
    public static void applyConfigFile(String[] args) throws java.io.IOException {
        for (int i = 1; i + 1 < args.length; i++) {
            if (!args[i].equals("--config")) continue;
            java.util.Properties p = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(Paths.get(args[i + 1]))) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                if (System.getProperty("lyrae." + key) == null) System.setProperty("lyrae." + key, p.getProperty(key).trim());
            }
        }
    }

    /** The embedded default: an H2 file database under var/. */
    public String effectiveDbUrl() {
        if (dbUrl != null) return dbUrl;
        return "jdbc:h2:file:" + varDir.toAbsolutePath().resolve("lyrae") + ";MAX_COMPACT_TIME=2000";
    }

    public Path effectiveJobsDir() {
        return jobsDir != null ? jobsDir : varDir.resolve("jobs");
    }

    public Path effectiveModelsDir() {
        return modelsDir != null ? modelsDir : varDir.resolve("models");
    }

    public String effectiveDbUser() {
        if (dbUser != null) return dbUser;
        return effectiveDbUrl().startsWith("jdbc:h2:") ? "sa" : null;
    }

    private static String prop(String name, String dflt) {
        return System.getProperty("lyrae." + name, dflt);
    }

    private static int intProp(String name, int dflt) {
        return Integer.parseInt(prop(name, Integer.toString(dflt)));
    }

    private static long longProp(String name, long dflt) {
        return Long.parseLong(prop(name, Long.toString(dflt)));
    }
}
