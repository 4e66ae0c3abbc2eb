package org.lyrae.webapp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Map;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.db.TablePublisher;
import org.lyrae.tap.demo.DemoLoader;
import org.lyrae.tap.query.TapQueryService;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.uws.JobEvents;
import org.lyrae.uws.JobExecutor;
import org.lyrae.uws.JobLimits;
import org.lyrae.uws.JobService;
import org.lyrae.uws.JobStore;
import org.lyrae.uws.PgJobSignals;
import org.lyrae.uws.DatabaseJobFiles;
import org.lyrae.uws.Device;
import org.lyrae.uws.DirectoryJobFiles;
import org.lyrae.uws.JobFiles;
import org.lyrae.uws.WorkerRegistry;
import org.lyrae.uws.WorkerPool;
import org.lyrae.webapp.feh.FehExecutor;
import org.lyrae.webapp.feh.FehModels;
import org.lyrae.webapp.tap.ResultFormats;
import org.lyrae.webapp.uws.TapAsyncExecutor;
import java.util.List;

/** The service's parts, opened from the configuration: database, published tables, query service. */
public final class LyraeService implements AutoCloseable {
    public final LyraeConfig config;
    public final Database db;
    public final DescriptorCatalog catalog = new DescriptorCatalog();
    public final TablePublisher publisher;
    public final TapQueryService queries;
    public final Map<String, String> schemaDescriptions;
    public final ResultFormats formats = new ResultFormats(credit());
    public final JobEvents events = new JobEvents();
    public final JobStore jobStore;
    public final JobService jobs;
    public final WorkerRegistry workerRegistry;
    /** The light-curve service's models, loaded once per process. */
    public final FehModels fehModels;
    private WorkerPool workers;
    private final PgJobSignals signals;

    private LyraeService(LyraeConfig config, Database db) throws SQLException {
        this.config = config;
        this.db = db;
        this.schemaDescriptions = schemaDescriptions();
        this.publisher = new TablePublisher(db, catalog, schemaDescriptions);
        publisher.open(config.webNode);
        this.queries = new TapQueryService(db, catalog, config.maxUploadRows, config.fetchSize);
        this.jobStore = new JobStore(db);
        this.workerRegistry = new WorkerRegistry(db, WorkerPool.LEASE_MILLIS);
        this.fehModels = new FehModels(config.effectiveModelsDir(), config.dataDir);
        // several processes share a PostgreSQL job store: signal them; H2 is one process
        this.signals = db.dialect() instanceof org.lyrae.tap.db.PostgresDialect ? new PgJobSignals(db, events) : null;
        try {
            this.jobs = new JobService(jobStore, jobFiles(config, db), events, new JobLimits(
                    config.defaultExecutionDuration, config.maxExecutionDuration, config.defaultRetentionSeconds,
                    config.maxRetentionSeconds, config.maxActiveJobsPerOwner));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JobFiles jobFiles(LyraeConfig config, Database db) throws IOException, SQLException {
        switch (config.jobsStorage) {
            case "directory": return new DirectoryJobFiles(config.effectiveJobsDir());
            case "database": return new DatabaseJobFiles(db);
            default: throw new IllegalArgumentException("lyrae.jobs.storage is directory or database, not '" + config.jobsStorage + "'");
        }
    }

    /** The job executors this build has, one per job kind. */
    public List<JobExecutor> executors() {
        return List.of(new TapAsyncExecutor(queries, formats, config), FehExecutor.fourier(fehModels, config),
                FehExecutor.networks(fehModels, config));
    }

    /** Starts worker threads in this process (embedded mode, or a worker process). */
    public synchronized WorkerPool startWorkers(int threads) {
        if (workers == null && threads > 0) {
            workers = new WorkerPool(jobStore, jobs.files(), events, workerRegistry, Device.parse(config.device), executors());
            workers.setMaxResultBytes(config.maxResultBytes);
            try {
                workers.start(threads);
            } catch (SQLException e) {
                throw new IllegalStateException("workers not started: " + e.getMessage(), e);
            }
        }
        return workers;
    }

    public static LyraeService open(LyraeConfig config) throws SQLException, IOException {
        if (config.dbUrl == null) Files.createDirectories(config.varDir);
        Database db = Database.open(new Database.Config(config.effectiveDbUrl(), config.effectiveDbUser(),
                config.dbPassword, config.statementTimeoutSeconds, config.readerPoolSize));
        try {
            LyraeService s = new LyraeService(config, db);
            if (config.loadDemo) DemoLoader.loadMissing(s.publisher, config.dataDir);
            return s;
        } catch (SQLException | IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Map<String, String> schemaDescriptions() {
        try (InputStream in = LyraeService.class.getResourceAsStream("/schemas.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The credit line carried by every result. */
    public static String credit() {
        return "Lyrae RR Lyrae metallicity service. Data: Dekany, Grebel & Pojmanski 2021; Dekany & Grebel 2022; "
                + "Drake et al. 2013 (Catalina); literature spectroscopy as listed per table. Gaia data: ESA/Gaia/DPAC.";
    }

    @Override
    public void close() {
        synchronized (this) {
            if (workers != null) workers.close();
        }
        if (signals != null) signals.close();
        db.close();
    }
}
