package org.lyrae.ml.feh;

import java.util.List;

/**
 * The trained models of one band, as the catalogue and the light-curve jobs use them: the
 * estimators for a pulsation type and the rule that adopts one [Fe/H] per star from them.
 */
public interface MetallicityModels {

    /** The band the models were calibrated in ({@code G} or {@code I}). */
    String band();

    /** Estimators for {@code RRab} or {@code RRc} (empty when there is no calibration for that type). */
    List<MetallicityEstimator> forType(String type);

    /** Version of the artifacts (training date and data hash), stored with every value they produce. */
    String version();

    /** Each model's estimates and the adopted value, for stars of one type. */
    default Adopted estimate(String type, FeatureTable x) {
        List<MetallicityEstimator> models = forType(type);
        java.util.Map<String, Estimates> each = new java.util.LinkedHashMap<>();
        for (MetallicityEstimator m : models) each.put(m.name(), m.predict(x));
        return new Adopted(each, AdoptionRule.adopt(each, x.rows()));
    }

    /** Per-model estimates and the adopted one. */
    record Adopted(java.util.Map<String, Estimates> byModel, Estimates adopted) { }
}
