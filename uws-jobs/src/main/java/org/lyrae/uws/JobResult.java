package org.lyrae.uws;

/** One result of a job: its id in the results list, MIME type and size in bytes. */
public record JobResult(String name, String mimeType, long size) {
}
