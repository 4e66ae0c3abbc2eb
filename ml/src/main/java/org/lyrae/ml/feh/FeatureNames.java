package org.lyrae.ml.feh;

import java.util.List;

/**
 * The Fourier features the metallicity models may use, with one spelling everywhere (training
 * samples, artifacts, the light-curve jobs, the catalogue). Phases are sine-convention (lcfit),
 * in radians, wrapped as the calibration relations expect (φ31 of RRab about 5.0–5.5).
 */
public final class FeatureNames {
    public static final String PERIOD = "period";
    public static final String AMPLITUDE = "amplitude";
    public static final String A1 = "a1";
    public static final String A2 = "a2";
    public static final String A3 = "a3";
    public static final String R21 = "r21";
    public static final String R31 = "r31";
    public static final String PHI21 = "phi21";
    public static final String PHI31 = "phi31";

    /** The candidates feature selection chooses from. */
    public static final List<String> ALL = List.of(PERIOD, AMPLITUDE, A1, A2, A3, R21, R31, PHI21, PHI31);

    private FeatureNames() {
    }
}
