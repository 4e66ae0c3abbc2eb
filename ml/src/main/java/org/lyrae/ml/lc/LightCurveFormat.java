package org.lyrae.ml.lc;

/**
 * One kind of light-curve file: a plug-in of {@link LightCurveReaders}, as STIL's table handlers are
 * of its {@code StarTableFactory}. A format says whether it takes a file from a look at it
 * ({@link #accepts}), and reads it into cleaned curves, one per star, through the same cleaning as
 * every other format.
 */
public interface LightCurveFormat {

    /** Short name, used to ask for the format explicitly ({@link ReadOptions#format()}). */
    String name();

    /** One line for listings and help: what files this is. */
    String description();

    /** Whether this format reads this file, judged from its name and first bytes only. */
    boolean accepts(FileProbe file);

    /**
     * Reads the file. Stars that cannot be used are reported in {@link ReadResult#problems()};
     * a file that cannot be read at all, or none of whose stars is usable, throws.
     */
    ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException;
}
