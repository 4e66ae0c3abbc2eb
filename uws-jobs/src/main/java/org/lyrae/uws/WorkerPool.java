package org.lyrae.uws;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Worker threads that claim queued jobs with a lease, run them with the executor registered for
 * their kind, heartbeat while they run, stop them at their execution duration or when aborted,
 * and store their results. The same pool runs inside {@code serve} or in a {@code worker} process.
 * It also sweeps: jobs whose worker vanished (lease expired) and jobs past their destruction time.
 */
public final class WorkerPool implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WorkerPool.class.getName());
    public static final long LEASE_MILLIS = 15_000;
    private static final int MAX_ATTEMPTS = 3;

    private final JobStore store;
    private final JobFiles files;
    private final JobEvents events;
    private final WorkerRegistry registry;
    private final Device device;
    private final Map<String, JobExecutor> executors;
    private final java.util.function.Consumer<String> abortListener = id -> stop(id, "The job was aborted");
    /** Kinds a live GPU worker runs, as last read (refreshed at each heartbeat). */
    private volatile Set<String> gpuKindsAlive = Set.of();
    private final String name = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "lyrae-worker-timers");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    private volatile long maxResultBytes;

    /** A job being run by one of this pool's threads. */
    private static final class Running {
        final Thread thread;
        volatile String stopReason;
        private final List<Runnable> cancels = new ArrayList<>();

        Running(Thread thread) {
            this.thread = thread;
        }

        /** Runs {@code cancel} when the job is stopped, or now if it already was. */
        void onStop(Runnable cancel) {
            synchronized (this) {
                if (stopReason == null) {
                    cancels.add(cancel);
                    return;
                }
            }
            cancelQuietly(cancel);
        }

        void stop(String reason) {
            List<Runnable> now;
            synchronized (this) {
                if (stopReason != null) return;
                stopReason = reason;
                now = List.copyOf(cancels);
            }
            // an interrupt does not reach a statement blocked in the database driver: cancel it too,
            // or an aborted (or timed-out) query keeps the worker and the database busy until it ends
            for (Runnable c : now) cancelQuietly(c);
            thread.interrupt();
        }

        private static void cancelQuietly(Runnable cancel) {
            try {
                cancel.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cancelling a stopped job: " + e.getMessage(), e);
            }
        }
    }

    public WorkerPool(JobStore store, JobFiles files, JobEvents events, WorkerRegistry registry, Device device,
                      List<JobExecutor> executors) {
        this.store = store;
        this.files = files;
        this.events = events;
        this.registry = registry;
        this.device = device;
        Map<String, JobExecutor> m = new ConcurrentHashMap<>();
        for (JobExecutor e : executors) m.put(e.kind(), e);
        this.executors = m;
    }

    public String name() {
        return name;
    }

    /** The most bytes one result may have (0: no limit). */
    public void setMaxResultBytes(long bytes) {
        this.maxResultBytes = bytes;
    }

    public Device device() {
        return device;
    }

    public void start(int threadCount) throws SQLException {
        registry.register(name, device, threadCount, runnableKinds(), host());
        refreshGpuKinds();
        events.onAbort(abortListener);
        for (int i = 0; i < threadCount; i++) {
            Thread t = new Thread(this::loop, "lyrae-" + name + "-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        timers.scheduleWithFixedDelay(this::heartbeat, LEASE_MILLIS / 5, LEASE_MILLIS / 5, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::sweep, 1, 5, TimeUnit.SECONDS);
    }

    private void loop() {
        while (!closed) {
            try {
                Optional<Job> job = claimNext();
                if (job.isEmpty()) {
                    events.awaitQueued(2000);   // woken when a job is queued here or (PgJobSignals) elsewhere
                    continue;
                }
                events.phaseChanged();
                run(job.get());
            } catch (InterruptedException e) {
                if (closed) return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "worker loop: " + e.getMessage(), e);
                sleepQuietly(1000);
            }
        }
    }

    /**
     * The next job for this worker: a GPU worker takes the kinds that prefer a GPU first; a CPU
     * worker takes those only while no live GPU worker runs them, and never kinds that need one.
     */
    private Optional<Job> claimNext() throws SQLException {
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        Set<String> leaveToGpu = gpuKindsAlive;
        for (JobExecutor e : executors.values()) {
            if (e.needs() == Device.GPU && device != Device.GPU) continue;
            if (e.prefers() == Device.GPU && device == Device.GPU) first.add(e.kind());
            else if (e.prefers() != Device.GPU || !leaveToGpu.contains(e.kind())) then.add(e.kind());
        }
        Optional<Job> job = store.claim(first, name, LEASE_MILLIS);
        return job.isPresent() ? job : store.claim(then, name, LEASE_MILLIS);
    }

    private List<String> runnableKinds() {
        return executors.values().stream().filter(e -> e.needs() != Device.GPU || device == Device.GPU)
                .map(JobExecutor::kind).sorted().toList();
    }

    private void refreshGpuKinds() throws SQLException {
        // only kinds that prefer a GPU make the registry worth reading
        if (device == Device.CPU && executors.values().stream().anyMatch(e -> e.prefers() == Device.GPU)) {
            Set<String> before = gpuKindsAlive;
            gpuKindsAlive = registry.kindsAlive(Device.GPU);
            // the last GPU worker is gone: its queued jobs are ours now, do not sleep on them
            if (!gpuKindsAlive.containsAll(before)) events.jobQueued();
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void run(Job job) {
        Running r = new Running(Thread.currentThread());
        running.put(job.id(), r);
        var timeout = job.executionDuration() > 0 ? timers.schedule(() -> stop(job.id(),
                "The job exceeded its execution duration of " + job.executionDuration() + " s and was stopped"),
                job.executionDuration(), TimeUnit.SECONDS) : null;
        Phase outcome = Phase.COMPLETED;
        String message = null;
        try {
            executors.get(job.kind()).execute(new Context(job, r));
            if (r.stopReason != null) {
                outcome = Phase.ERROR;
                message = r.stopReason;
            }
        } catch (Throwable e) {
            outcome = Phase.ERROR;
            message = r.stopReason != null ? r.stopReason : e.getMessage() == null ? e.toString() : e.getMessage();
            if (!(e instanceof Exception)) LOG.log(Level.WARNING, "job " + job.id() + " failed", e);
        } finally {
            if (timeout != null) timeout.cancel(false);
            running.remove(job.id());
            Thread.interrupted();   // clear a stop request that came too late to matter
        }
        try {
            // an aborted job stays ABORTED: finish() only moves jobs this worker still holds
            store.finish(job.id(), name, outcome, message);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not record the end of job " + job.id(), e);
        }
        events.phaseChanged();
    }

    private void stop(String jobId, String reason) {
        Running r = running.get(jobId);
        if (r != null) r.stop(reason);
    }

    private void heartbeat() {
        try {
            registry.beat(name);
            refreshGpuKinds();
            if (running.isEmpty()) return;
            for (String lost : store.heartbeat(name, running.keySet(), LEASE_MILLIS)) {
                // aborted by the user, or taken from us after a stall: stop working on it
                stop(lost, "The job was aborted");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat failed: " + e.getMessage());
        }
    }

    private void sweep() {
        try {
            List<String> idempotent = executors.values().stream().filter(JobExecutor::idempotent).map(JobExecutor::kind).toList();
            if (store.recoverExpiredLeases(idempotent, MAX_ATTEMPTS) > 0) events.jobQueued();
            registry.forgetSilent();
            for (String id : store.destructible()) {
                stop(id, "The job reached its destruction time");
                events.jobAborted(id);   // a worker elsewhere may be running it
                store.delete(id);
                files.delete(id);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "sweep failed: " + e.getMessage());
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        events.removeAbortListener(abortListener);
        for (Thread t : threads) t.interrupt();
        timers.shutdownNow();
        try {
            registry.deregister(name);
        } catch (SQLException e) {
            LOG.fine("worker not deregistered (it will be forgotten when silent): " + e.getMessage());
        }
    }

    /** The executor's view of its job. */
    private final class Context implements JobContext {
        private final Job job;
        private final Running running;

        Context(Job job, Running running) {
            this.job = job;
            this.running = running;
        }

        @Override
        public Job job() {
            return job;
        }

        @Override
        public InputStream input(String inputName) throws IOException {
            return files.readInput(job.id(), inputName);
        }

        @Override
        public void progress(String message) {
            try {
                store.setJobInfo(job.id(), message);
            } catch (SQLException e) {
                LOG.fine("progress not recorded: " + e.getMessage());
            }
        }

        @Override
        public boolean stopRequested() {
            return running.stopReason != null;
        }

        @Override
        public void onStop(Runnable cancel) {
            running.onStop(cancel);
        }

        @Override
        public OutputStream result(String resultName, String mimeType) throws IOException {
            OutputStream out = files.writeResult(job.id(), resultName);
            return new FilterOutputStream(out) {
                private boolean done;
                private boolean failed;
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (running.stopReason != null) {
                        failed = true;
                        throw new InterruptedIOException(running.stopReason);
                    }
                    written += len;
                    if (maxResultBytes > 0 && written > maxResultBytes) {
                        failed = true;
                        throw new IOException("The result is larger than the " + maxResultBytes / (1024 * 1024)
                                + " MiB this service keeps per job; ask for fewer rows (MAXREC, TOP) or columns");
                    }
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (done) return;
                    done = true;
                    super.close();
                    if (failed) {
                        // half a result is not a result
                        files.discardResult(job.id(), resultName);
                        return;
                    }
                    try {
                        store.addResult(job.id(), new JobResult(resultName, mimeType, written));
                    } catch (SQLException e) {
                        throw new IOException("result not recorded: " + e.getMessage(), e);
                    }
                }
            };
        }
    }

    /** Kinds this pool runs. */
    public Set<String> kinds() {
        return executors.keySet();
    }
}
