package org.lyrae.ml.lc;

/**
 * A light-curve file that cannot be read, or a star in it that cannot be used. The message is
 * meant for the person who supplied the file: it names the file and, where known, the line or row,
 * the column and the star, and says what is wrong.
 */
public class LightCurveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    public LightCurveException(String source, String problem) {
        this(source, problem, null);
    }

    public LightCurveException(String source, String problem, Throwable cause) {
        super(source == null ? problem : source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (its name as the user gave it), or null when not known. */
    public String source() {
        return source;
    }
}
