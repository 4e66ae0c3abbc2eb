package org.lyrae.webapp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.db.Database;
import org.lyrae.uws.Job;
import org.lyrae.uws.JobStore;
import org.lyrae.uws.Phase;

/**
 * Queue claim throughput of {@link JobStore#claim}: N QUEUED jobs inserted with
 * {@link JobStore#insert}, then W threads (default 4) each loop claim → finish(COMPLETED) until the
 * queue is empty. Reports claims/s (claimed jobs / wall time of the claim phase, finish included)
 * and checks that no job was claimed twice and that every job ended COMPLETED after one attempt.
 *
 * <p>A benchmark, not a test: its name does not match surefire's default includes, so it never runs
 * in {@code mvn verify}. Run it with the {@code bench} profile (see BENCHMARKS.md):
 * {@code mvn -B -o -Pbench test}. Properties: {@code lyrae.bench.jobs} (default 4000),
 * {@code lyrae.bench.workers} (4), {@code lyrae.bench.rounds} (3, after one warm-up round of
 * 500 jobs), {@code lyrae.bench.backends} ("pg,h2"), {@code lyrae.bench.pgAdmin} and
 * {@code lyrae.bench.pgdb} (database recreated on every run).
 */
class ClaimThroughputBench {
    private static final int JOBS = Integer.getInteger("lyrae.bench.jobs", 4000);
    private static final int WORKERS = Integer.getInteger("lyrae.bench.workers", 4);
    private static final int ROUNDS = Integer.getInteger("lyrae.bench.rounds", 3);
    private static final String BACKENDS = System.getProperty("lyrae.bench.backends", "pg,h2");
    private static final String PG_ADMIN = System.getProperty("lyrae.bench.pgAdmin",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final String PG_DB = System.getProperty("lyrae.bench.pgdb", "lyrae_claim_bench");
    private static final String KIND = "bench";

    @Test
    void claimThroughput() throws Exception {
        StringBuilder report = new StringBuilder();
        for (String backend : BACKENDS.split(",")) {
            String url;
            if (backend.equals("pg")) {
                try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
                    s.execute("CREATE DATABASE " + PG_DB);
                }
                url = "jdbc:postgresql://127.0.0.1:5432/" + PG_DB + "?user=postgres";
            } else if (backend.equals("h2")) {
                Path dir = Files.createTempDirectory("lyrae-claim-bench");
                url = "jdbc:h2:file:" + dir.resolve("lyrae") + ";MAX_COMPACT_TIME=2000";   // as serve's default
            } else {
                throw new IllegalArgumentException("backend " + backend + " (pg or h2)");
            }
            try (Database db = Database.open(new Database.Config(url, backend.equals("h2") ? "sa" : null, null, 60, 2))) {
                JobStore store = new JobStore(db);
                round(store, db, backend, 500, "warm-up", report);
                for (int r = 1; r <= ROUNDS; r++) round(store, db, backend, JOBS, "round " + r, report);
            }
        }
        System.out.println("\n=== claim throughput (" + WORKERS + " workers, " + JOBS + " jobs per round) ===\n" + report);
        Path out = Path.of("target", "claim-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static void round(JobStore store, Database db, String backend, int n, String label, StringBuilder report)
            throws Exception {
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM \"uws\".\"results\"");
            s.execute("DELETE FROM \"uws\".\"jobs\"");
        }
        String prefix = label.replace(" ", "") + "-";
        Instant t = Instant.now();
        long i0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Instant created = t.plusMillis(i);    // distinct creation times: a defined FIFO order
            store.insert(new Job(String.format("%s%08d", prefix, i), KIND, null, null, Phase.QUEUED, created, null, null,
                    0, created.plusSeconds(3600), Map.of("QUERY", List.of("SELECT 1")), List.of(), null, null, null, 0));
        }
        double insertS = (System.nanoTime() - i0) / 1e9;
        if (backend.equals("pg")) {
            try (Connection c = db.admin(); Statement s = c.createStatement()) {
                s.execute("ANALYZE \"uws\".\"jobs\"");
            }
        }

        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong claimNanos = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            String worker = "bench-worker-" + w;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    while (true) {
                        long c0 = System.nanoTime();
                        Optional<Job> j = store.claim(List.of(KIND), worker, 60_000);
                        claimNanos.addAndGet(System.nanoTime() - c0);
                        if (j.isEmpty()) return;
                        Job job = j.get();
                        if (job.phase() != Phase.EXECUTING || !worker.equals(job.worker())) {
                            throw new AssertionError("claimed job " + job.id() + " reads " + job.phase() + "/" + job.worker());
                        }
                        if (claimedBy.putIfAbsent(job.id(), worker) != null) duplicates.add(job.id());
                        if (!store.finish(job.id(), worker, Phase.COMPLETED, null)) {
                            throw new AssertionError("finish refused for " + job.id());
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "claim-" + w);
            th.start();
            threads.add(th);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread th : threads) th.join();
        double wallS = (System.nanoTime() - t0) / 1e9;

        if (!errors.isEmpty()) throw new AssertionError("worker failed: " + errors.get(0), errors.get(0));
        assertTrue(duplicates.isEmpty(), "jobs claimed twice: " + duplicates);
        assertEquals(n, claimedBy.size(), "jobs claimed");
        try (Connection c = db.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"uws\".\"jobs\" WHERE phase = 'COMPLETED' AND attempts = 1"
                     + " AND worker IS NULL")) {
            rs.next();
            assertEquals(n, rs.getLong(1), "jobs COMPLETED after exactly one attempt");
        }
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String line = String.format("%-3s %-8s jobs %5d  insert %7.1f jobs/s (1 thread)  claim+finish %7.1f claims/s "
                + "(%d workers, %.2f s)  mean claim() %.2f ms  loadavg %s%n", backend, label, n, n / insertS, n / wallS, WORKERS,
                wallS, claimNanos.get() / 1e6 / (n + WORKERS), load);
        System.out.print(line);
        report.append(line);
    }
}
