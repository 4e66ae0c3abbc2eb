package org.lyrae.ml.lc;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What one file gave: a light curve per usable star, and a problem per star that could not be used.
 * A file none of whose stars is usable does not give a result: reading it throws
 * {@link LightCurveException}.
 *
 * @param source     the file, as named to the user
 * @param format     the {@link LightCurveFormat#name()} that read it (with the STIL handler for tables,
 *                   e.g. {@code table/VOTable})
 * @param timeSystem what the times are: scale and zero point where the format says (e.g.
 *                   {@code HJD - 2450000 [d]}), else the time column's name and unit
 * @param curves     the stars read, in the order they first appear in the file
 * @param problems   the stars not returned, and why
 * @param warnings   epochs dropped for data errors (negative errors, duplicated times) and other
 *                   things the user should know; each names the file and star
 */
public record ReadResult(String source, String format, String timeSystem, List<LightCurve> curves,
                         List<StarProblem> problems, List<String> warnings) {

    public ReadResult {
        curves = List.copyOf(curves);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The curve of the star with this identifier. */
    public LightCurve curve(String id) {
        for (LightCurve c : curves) {
            if (c.id().equals(id)) return c;
        }
        throw new NoSuchElementException(source + ": no star " + id + " among " + curves.size() + " read");
    }

    /** The only curve of a single-star file. */
    public LightCurve single() {
        if (curves.size() != 1) throw new IllegalStateException(source + " holds " + curves.size() + " stars, not one");
        return curves.get(0);
    }
}
