package org.lyrae.uws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** What an executor sees of the job it runs. */
public interface JobContext {

    Job job();

    /** An input stored with the job (an inline upload), or null. */
    InputStream input(String name) throws IOException;

    /** Progress shown in the job's jobInfo while it runs. */
    void progress(String message);

    /** Writes a result; the stream is stored under {@code name} when closed. */
    OutputStream result(String name, String mimeType) throws IOException;

    /** True once the job was aborted or ran out of time: stop soon. */
    boolean stopRequested();

    /**
     * Registers how to stop work that an interrupt cannot reach (a database statement blocked in the
     * driver): run, from another thread, when the job is aborted or runs out of time; at once if that
     * already happened. Without it an aborted query kept its worker busy until the query ended.
     */
    default void onStop(Runnable cancel) {
    }
}
