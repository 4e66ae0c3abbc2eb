package org.lyrae.uws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where job inputs (uploads) and results live: a directory ({@link DirectoryJobFiles}, shared
 * between machines when web nodes and workers are several) or the job database itself
 * ({@link DatabaseJobFiles}, nothing to share but the database). Names are plain file names.
 */
public interface JobFiles {

    OutputStream writeInput(String jobId, String name) throws IOException;

    /** The input, or null if the job has none of that name. */
    InputStream readInput(String jobId, String name) throws IOException;

    /** A result being written; it exists for readers once the stream is closed. */
    OutputStream writeResult(String jobId, String name) throws IOException;

    /** The result, or null if it is gone. */
    InputStream readResult(String jobId, String name) throws IOException;

    /** Removes a result that was written only in part. */
    void discardResult(String jobId, String name) throws IOException;

    /** Removes everything of the job. */
    void delete(String jobId) throws IOException;

    /** Job ids and names end up in paths and keys: only plain names are accepted. */
    static String checkedId(String jobId) {
        if (!jobId.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("bad job id");
        return jobId;
    }

    static String checkedName(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) throw new IllegalArgumentException("bad name " + name);
        return name;
    }
}
