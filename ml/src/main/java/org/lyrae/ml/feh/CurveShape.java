package org.lyrae.ml.feh;

import org.lyrae.ml.fourier.FoldedCurve;
import org.lyrae.ml.fourier.FourierFit;

/**
 * The light-curve input of the networks: the star's Fourier model minus its mean magnitude A0 at
 * {@link #POINTS} equally spaced phases from φ₁ = 0 (the alignment of the shared folded curves). It
 * comes from the fit alone, so a curve of 20 epochs and one of 120 give inputs of the same length,
 * resampled the same way at training and at prediction.
 */
public final class CurveShape {
    /** Phases per cycle: enough for the sharpest rise of an RRab (about 0.1 in phase) at the orders BIC picks. */
    public static final int POINTS = 64;

    private CurveShape() {
    }

    /** The shape of a fitted curve, or null when the model has non-finite values. */
    public static float[] of(FourierFit fit) {
        if (fit == null || fit.model() == null) return null;
        double[] m = FoldedCurve.modelShape(fit, POINTS);
        float[] out = new float[POINTS];
        for (int j = 0; j < POINTS; j++) {
            if (!Double.isFinite(m[j])) return null;
            out[j] = (float) m[j];
        }
        return out;
    }

    /** Peak-to-peak amplitude of a shape (max − min), mag; NaN for null or a shape of the wrong length. */
    public static double amplitude(float[] shape) {
        if (shape == null || shape.length != POINTS) return Double.NaN;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : shape) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    /** Whether the networks can read it: {@link #POINTS} finite values that are not all the same (a flat fit has no shape). */
    public static boolean usable(float[] shape) {
        if (shape == null || shape.length != POINTS) return false;
        boolean varies = false;
        for (float v : shape) {
            if (!Float.isFinite(v)) return false;
            varies |= v != shape[0];
        }
        return varies;
    }
}
