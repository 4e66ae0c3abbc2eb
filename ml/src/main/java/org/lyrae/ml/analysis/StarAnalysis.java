package org.lyrae.ml.analysis;

import org.lyrae.ml.fourier.LightCurveAnalysis;

/**
 * One row of an analysis: a star and what came of it, either an analysis or the reason there is none.
 *
 * @param sourceId       the star's identifier
 * @param file           the input file it came from
 * @param band           its photometric band, or null
 * @param analysis       the fit, or null when the star failed
 * @param problem        why it failed, or null
 * @param droppedAtRead  epochs dropped while reading (non-finite, duplicated, flagged …)
 * @param metallicity    [Fe/H] from the models, or null when none were asked for or could run
 */
public record StarAnalysis(String sourceId, String file, String band, LightCurveAnalysis analysis, String problem,
                           int droppedAtRead, StarMetallicity metallicity) {

    public StarAnalysis(String sourceId, String file, String band, LightCurveAnalysis analysis, String problem, int droppedAtRead) {
        this(sourceId, file, band, analysis, problem, droppedAtRead, null);
    }

    public static StarAnalysis failed(String sourceId, String file, String band, String problem, int droppedAtRead) {
        return new StarAnalysis(sourceId, file, band, null, problem, droppedAtRead, null);
    }

    public StarAnalysis withMetallicity(StarMetallicity m) {
        return new StarAnalysis(sourceId, file, band, analysis, problem, droppedAtRead, m);
    }

    public boolean ok() {
        return analysis != null;
    }
}
