package org.lyrae.ml.feh;

import java.util.List;

/**
 * The calibration of one band: what {@code train} saves and {@code serve}, {@code analyze} and the
 * catalogue load. The version names the band, the day and the hash of the training data, so every
 * value produced can say which models made it.
 *
 * @param band      {@code G} or {@code I}
 * @param version   e.g. {@code G-20261125-1a2b3c4d}
 * @param dataHash  SHA-256 of the training samples (ids, features, [Fe/H])
 * @param created   ISO-8601 time of training
 * @param phaseConvention the convention of the phase features ({@code sine (lcfit)})
 * @param sampleLog how each sample was built, cut by cut, with star counts
 * @param types     one calibration per pulsation type
 */
public record BandCalibration(String band, String version, String dataHash, String created, String phaseConvention,
                              List<String> sampleLog, List<TypeCalibration> types) implements MetallicityModels {

    @Override
    public List<MetallicityEstimator> forType(String type) {
        for (TypeCalibration t : types) {
            if (t.type().equalsIgnoreCase(type)) {
                List<MetallicityEstimator> out = new java.util.ArrayList<>();
                if (t.bayes() != null) out.add(t.bayes());
                if (t.xgboost() != null) out.add(t.xgboost());
                return out;
            }
        }
        return List.of();
    }
}
