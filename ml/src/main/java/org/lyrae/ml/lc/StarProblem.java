package org.lyrae.ml.lc;

/**
 * One star of a file that could not be turned into a light curve; the file's other stars are
 * still read.
 *
 * @param source  the file, as named to the user
 * @param star    the star's identifier
 * @param problem what is wrong with it, in words
 */
public record StarProblem(String source, String star, String problem) {

    /** {@code file: star ID: problem}, ready to show. */
    public String message() {
        return source + ": star " + star + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
