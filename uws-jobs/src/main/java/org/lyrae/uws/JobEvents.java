package org.lyrae.uws;

/**
 * Wakes those waiting on jobs in this process: UWS blocking WAIT requests (woken by any phase
 * change, then re-reading their job) and idle workers (woken when a job is queued).
 */
public final class JobEvents {
    private final Object phases = new Object();
    private final Object queue = new Object();
    private long phaseVersion;
    private long queueVersion;

    public void phaseChanged() {
        synchronized (phases) {
            phaseVersion++;
            phases.notifyAll();
        }
    }

    public void jobQueued() {
        synchronized (queue) {
            queueVersion++;
            queue.notifyAll();
        }
        phaseChanged();
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
