package org.lyrae.ml.feh;

import java.util.List;

/**
 * Stars with spectroscopic [Fe/H] and Fourier features, of one band and pulsation type: what a
 * model is calibrated and cross-validated on.
 *
 * @param band     {@code G} or {@code I}
 * @param type     {@code RRab} or {@code RRc}
 * @param ids      star identifiers, one per row
 * @param features their features with errors
 * @param feh      spectroscopic [Fe/H]
 * @param fehError its error
 */
public record TrainingSample(String band, String type, List<String> ids, FeatureTable features, double[] feh,
                             double[] fehError) {

    public TrainingSample {
        ids = List.copyOf(ids);
        if (ids.size() != feh.length || fehError.length != feh.length || features.rows() != feh.length) {
            throw new IllegalArgumentException("sample columns differ in length");
        }
    }

    public int size() {
        return feh.length;
    }

    /** {@code x[star][feature]} of the named features. */
    public double[][] rows(List<String> names) {
        return FeatureRows.values(features, names);
    }

    /** Their errors, same shape; unknown errors are 0 (treated as exact). */
    public double[][] errorRows(List<String> names) {
        return FeatureRows.errors(features, names);
    }
}
