package org.lyrae.uws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The UWS operations on jobs, for the HTTP layer: create, read, run, abort, delete, wait. */
public final class JobService {

    /** An input stored with a new job (an inline upload). */
    public interface Input {
        InputStream open() throws IOException;
    }

    /** A request the job engine refuses, with an HTTP status for the web layer. */
    public static final class JobException extends Exception {
        public final int status;

        public JobException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final JobStore store;
    private final JobFiles files;
    private final JobEvents events;
    private final JobLimits limits;
    /** Held while the per-owner cap is checked and a job queued. */
    private final Object admission = new Object();

    public JobService(JobStore store, JobFiles files, JobEvents events, JobLimits limits) {
        this.store = store;
        this.files = files;
        this.events = events;
        this.limits = limits;
    }

    public JobLimits limits() {
        return limits;
    }

    public JobFiles files() {
        return files;
    }

    public Job create(String kind, String owner, String runId, Map<String, List<String>> params, Map<String, Input> inputs,
                      boolean run) throws JobException, SQLException, IOException {
        if (limits.maxActivePerOwner() > 0 && run && store.countActive(owner) >= limits.maxActivePerOwner()) {
            throw new JobException(429, "You have " + limits.maxActivePerOwner() + " jobs queued or running, the most this "
                    + "service allows at once; wait for some to finish or delete them");
        }
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        for (Map.Entry<String, Input> in : inputs.entrySet()) {
            try (InputStream src = in.getValue().open(); OutputStream out = files.writeInput(id, in.getKey())) {
                src.transferTo(out);
            }
        }
        Job j = new Job(id, kind, owner, runId, run ? Phase.QUEUED : Phase.PENDING, now, null, null, limits.defaultDuration(),
                now.plusSeconds(limits.defaultRetentionSeconds()), params, List.of(), null, null, null, 0);
        if (run) {
            // count and insert as one step: a flood of concurrent creations all passed the check above
            // before any was inserted, and queued past the cap (threads of this process queue on the
            // monitor, web nodes on the owner's lock in the database)
            synchronized (admission) {
                try (JobStore.OwnerLock lock = store.lockOwner(owner)) {
                    if (limits.maxActivePerOwner() > 0 && store.countActive(owner) >= limits.maxActivePerOwner()) {
                        files.delete(id);
                        throw new JobException(429, "You have " + limits.maxActivePerOwner() + " jobs queued or running, the "
                                + "most this service allows at once; wait for some to finish or delete them");
                    }
                    store.insert(j);
                }
            }
        } else {
            store.insert(j);
        }
        if (run) events.jobQueued();
        return j;
    }

    /** The job, if it exists and {@code owner} may see it (jobs of others are invisible). */
    public Job get(String id, String owner) throws JobException, SQLException {
        Optional<Job> j = store.find(id);
        if (j.isEmpty() || owner != null && !owner.equals(j.get().owner()) || owner == null && j.get().owner() != null) {
            throw new JobException(404, "No job " + id + " here (it may have been deleted or destroyed)");
        }
        return j.get();
    }

    public List<Job> list(Collection<String> kinds, String owner, Collection<Phase> phases, Instant after, Integer last)
            throws SQLException {
        return store.list(kinds, owner, phases, after, last);
    }

    public void run(String id, String owner) throws JobException, SQLException {
        Job j = get(id, owner);
        if (j.phase() == Phase.QUEUED || j.phase() == Phase.EXECUTING) return;
        String notPending = "Job " + id + " is " + j.phase() + "; only a PENDING job can be started";
        // a finished job is refused as such (409), not as over the cap (429)
        if (j.phase() != Phase.PENDING && j.phase() != Phase.HELD) throw new JobException(409, notPending);
        synchronized (admission) {   // count and start as one step, as in create
            try (JobStore.OwnerLock lock = store.lockOwner(owner)) {
                if (limits.maxActivePerOwner() > 0 && store.countActive(owner) >= limits.maxActivePerOwner()) {
                    throw new JobException(429, "You have " + limits.maxActivePerOwner() + " jobs queued or running already");
                }
                if (!store.transition(id, EnumSet.of(Phase.PENDING, Phase.HELD), Phase.QUEUED, null)) {
                    throw new JobException(409, "Job " + id + " is " + get(id, owner).phase() + "; only a PENDING job can be started");
                }
            }
        }
        events.jobQueued();
    }

    public void abort(String id, String owner) throws JobException, SQLException {
        Job j = get(id, owner);
        if (j.phase().isFinal()) return;
        store.transition(id, EnumSet.of(Phase.PENDING, Phase.QUEUED, Phase.EXECUTING, Phase.HELD, Phase.SUSPENDED),
                Phase.ABORTED, null);
        events.jobAborted(id);
    }

    public void delete(String id, String owner) throws JobException, SQLException, IOException {
        abort(id, owner);
        store.delete(id);
        files.delete(id);
        events.phaseChanged();
    }

    public void setExecutionDuration(String id, String owner, long seconds) throws JobException, SQLException {
        Job j = get(id, owner);
        if (seconds < 0) throw new JobException(400, "EXECUTIONDURATION must be a non-negative number of seconds");
        if (j.phase() != Phase.PENDING) throw new JobException(409, "The execution duration can change only while the job is PENDING");
        long max = limits.maxDuration();
        store.updateSettings(id, max > 0 && (seconds == 0 || seconds > max) ? max : seconds, null);
    }

    public void setDestruction(String id, String owner, Instant when) throws JobException, SQLException {
        get(id, owner);
        Instant latest = Instant.now().plusSeconds(limits.maxRetentionSeconds());
        store.updateSettings(id, null, when.isAfter(latest) ? latest : when);
    }

    public void updateParameters(String id, String owner, Map<String, List<String>> params) throws JobException, SQLException {
        Job j = get(id, owner);
        Map<String, List<String>> merged = new java.util.LinkedHashMap<>(j.parameters());
        merged.putAll(params);
        if (!store.updateParameters(id, merged)) {
            throw new JobException(409, "Job " + id + " is " + get(id, owner).phase() + "; parameters can change only while it is PENDING");
        }
    }

    /**
     * UWS blocking WAIT: returns when the job leaves {@code phase} (its phase now if null) or after
     * {@code seconds}, whichever is first; woken by phase changes, not by polling.
     */
    public Job await(String id, String owner, long seconds, Phase phase) throws JobException, SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        Job j = get(id, owner);
        Phase from = phase != null ? phase : j.phase();
        if (j.phase() != from || j.phase().isFinal() && phase == null) return j;
        if (!(from == Phase.PENDING || from == Phase.QUEUED || from == Phase.EXECUTING || from == Phase.HELD
                || from == Phase.SUSPENDED)) return j;
        while (System.currentTimeMillis() < deadline) {
            long seen = events.phaseVersion();
            j = get(id, owner);
            if (j.phase() != from) return j;
            // woken by the change itself (in process, or by PgJobSignals); the periodic re-read only
            // guards against a lost signal
            events.awaitPhaseChange(seen, Math.min(deadline, System.currentTimeMillis() + 5000));
        }
        return get(id, owner);
    }
}
