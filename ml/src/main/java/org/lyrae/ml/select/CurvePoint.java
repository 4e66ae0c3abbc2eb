package org.lyrae.ml.select;

import java.util.List;

/**
 * One point of a selection curve: a feature set and its cross-validated score.
 *
 * @param size     number of features
 * @param features the features (for forward selection, in the order they were added)
 * @param cv       the set's cross-validated metrics
 */
public record CurvePoint(int size, List<String> features, CvSummary cv) {

    public CurvePoint {
        features = List.copyOf(features);
    }

    /** Mean cross-validated RMSE, the score every selector minimises. */
    public double rmse() {
        return cv.mean().rmse();
    }
}
