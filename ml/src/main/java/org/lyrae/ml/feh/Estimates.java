package org.lyrae.ml.feh;

/**
 * [Fe/H] of many stars from one model: value and standard error, and a flag per star ({@code null}
 * when there is nothing to say; e.g. {@code MISSING_FEATURE}, {@code OUT_OF_RANGE}), so that an
 * extrapolated or impossible estimate is never silent.
 */
public record Estimates(double[] feh, double[] sigma, String[] flags) {

    public Estimates {
        if (feh.length != sigma.length || feh.length != flags.length) throw new IllegalArgumentException("lengths differ");
    }

    public int size() {
        return feh.length;
    }
}
