package org.lyrae.ml.lc;

import java.util.Map;

/**
 * One star's time series in magnitudes, as read from a file and cleaned of unusable epochs.
 *
 * @param id      the star's identifier (a {@code source_id}, or the file name stem of a single-star file)
 * @param band    photometric band ({@code G}, {@code V}, {@code I}, …; null when unknown)
 * @param time    epochs in days, in the file's own time system
 * @param mag     magnitudes
 * @param magErr  magnitude errors, or null when the file gives none (fits then scale by the residuals)
 * @param period  a period given with the data in days, or NaN to search for one
 * @param dropped epochs dropped while reading, by reason ({@code non-finite}, {@code duplicate},
 *                {@code rejected-flag}, …), so that every point is accounted for
 */
public record LightCurve(String id, String band, double[] time, double[] mag, double[] magErr, double period,
                         Map<String, Integer> dropped) {

    public int size() {
        return time.length;
    }
}
