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

    void execute(JobContext context) throws Exception;
}
