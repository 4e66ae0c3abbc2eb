package org.lyrae.uws;

/**
 * Runs jobs of one kind: the plug-in through which TAP queries and light-curve analyses share the
 * engine. An exception ends the job in ERROR with its message as the summary.
 */
public interface JobExecutor {

    /** The job kind this executor runs (e.g. {@code tap}). */
    String kind();

    /** Whether a job interrupted by a lost worker may simply run again. */
    default boolean idempotent() {
        return true;
    }

    /**
     * The device a worker must have to run this kind: {@link Device#CPU} means any worker (every
     * worker has a CPU), {@link Device#GPU} only GPU workers.
     */
    default Device needs() {
        return Device.CPU;
    }

    /**
     * The device this kind runs best on. Kinds preferring {@link Device#GPU} are taken first by GPU
     * workers, and by CPU workers only while no GPU worker that runs them is alive.
     */
    default Device prefers() {
        return needs();
    }

    void execute(JobContext context) throws Exception;
}
