package org.lyrae.uws;

/** What a worker computes on, and what a job kind needs or prefers to run on. */
public enum Device {
    CPU, GPU;

    public static Device parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device is cpu or gpu, not '" + s + "'");
        }
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
