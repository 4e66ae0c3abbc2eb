package org.lyrae.uws;

/** UWS 1.1 execution phases. */
public enum Phase {
    PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, UNKNOWN, HELD, SUSPENDED, ARCHIVED;

    /** A job in a final phase never runs again. */
    public boolean isFinal() {
        return this == COMPLETED || this == ERROR || this == ABORTED || this == ARCHIVED;
    }

    public boolean isActive() {
        return this == QUEUED || this == EXECUTING;
    }
}
