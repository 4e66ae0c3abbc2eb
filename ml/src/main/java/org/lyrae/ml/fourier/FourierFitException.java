package org.lyrae.ml.fourier;

/**
 * A light curve that cannot be fitted (too few usable epochs, no time span, a singular design…).
 * Thrown instead of returning NaN-filled results, so that a bad star never passes silently.
 */
public final class FourierFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String starId;

    FourierFitException(String starId, String problem) {
        super("star " + starId + ": " + problem);
        this.starId = starId;
    }

    /** The identifier of the light curve that could not be fitted. */
    public String starId() {
        return starId;
    }
}
