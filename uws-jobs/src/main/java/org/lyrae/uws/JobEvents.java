package org.lyrae.uws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Wakes those waiting on jobs: UWS blocking WAIT requests (woken by any phase change, then
 * re-reading their job) and idle workers (woken when a job is queued). Within one process this is
 * a monitor; across processes (web nodes and workers on PostgreSQL) a {@link Broadcast} carries
 * the same signals, so nobody polls.
 */
public final class JobEvents {
    /** Carries signals to the other processes that share the job store. */
    public interface Broadcast {
        void send(String signal);
    }

    public static final String QUEUED = "queued";
    public static final String PHASE = "phase";
    private static final String ABORT = "abort:";

    private final List<Consumer<String>> abortListeners = new CopyOnWriteArrayList<>();

    private volatile Broadcast broadcast;

    public void connect(Broadcast b) {
        this.broadcast = b;
    }

    /** A signal from another process. */
    public void received(String signal) {
        if (QUEUED.equals(signal)) wakeWorkers();
        if (signal.startsWith(ABORT)) tellAbort(signal.substring(ABORT.length()));
        wakeWaiters();
    }

    /** Called with the id of every job aborted or destroyed, here or in another process. */
    public void onAbort(Consumer<String> listener) {
        abortListeners.add(listener);
    }

    public void removeAbortListener(Consumer<String> listener) {
        abortListeners.remove(listener);
    }

    /**
     * A job was aborted (or destroyed): the worker running it, in this process or another, stops
     * at once instead of at its next heartbeat.
     */
    public void jobAborted(String jobId) {
        tellAbort(jobId);
        wakeWaiters();
        Broadcast b = broadcast;
        if (b != null) b.send(ABORT + jobId);
    }

    private void tellAbort(String jobId) {
        for (Consumer<String> l : abortListeners) l.accept(jobId);
    }
    private final Object phases = new Object();
    private final Object queue = new Object();
    private long phaseVersion;
    private long queueVersion;

    public void phaseChanged() {
        wakeWaiters();
        Broadcast b = broadcast;
        if (b != null) b.send(PHASE);
    }

    public void jobQueued() {
        wakeWorkers();
        wakeWaiters();
        Broadcast b = broadcast;
        if (b != null) b.send(QUEUED);
    }

    private void wakeWaiters() {
        synchronized (phases) {
            phaseVersion++;
            phases.notifyAll();
        }
    }

    private void wakeWorkers() {
        synchronized (queue) {
            queueVersion++;
            queue.notifyAll();
        }
    }

    public long phaseVersion() {
        synchronized (phases) {
            return phaseVersion;
        }
    }

    /** Waits until a phase change after {@code seen} or the deadline (ms since epoch). */
    public void awaitPhaseChange(long seen, long deadlineMillis) throws InterruptedException {
        synchronized (phases) {
            long left;
            while (phaseVersion == seen && (left = deadlineMillis - System.currentTimeMillis()) > 0) phases.wait(left);
        }
    }

    /** An idle worker sleeps here until work is queued or {@code millis} pass (other processes queue too). */
    public void awaitQueued(long millis) throws InterruptedException {
        synchronized (queue) {
            long seen = queueVersion;
            long deadline = System.currentTimeMillis() + millis;
            long left;
            while (queueVersion == seen && (left = deadline - System.currentTimeMillis()) > 0) queue.wait(left);
        }
    }
}
