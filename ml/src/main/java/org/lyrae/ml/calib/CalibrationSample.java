package org.lyrae.ml.calib;

import org.lyrae.ml.feh.PhaseWindows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lyrae.ml.feh.FeatureTable;

/**
 * A training sample for the [Fe/H] relations: one row per star, features and target with errors.
 *
 * @param name      e.g. "G RRab"
 * @param band      {@code G} or {@code I}
 * @param type      {@code RRab} or {@code RRc}
 * @param features  {@link org.lyrae.ml.feh.FeatureNames#ALL} with errors (NaN where unknown), phases by
 *                  {@link PhaseWindows}
 * @param feh       spectroscopic [Fe/H] per star, dex
 * @param fehError  its error, dex
 * @param starIds   star names (CHR/LIT spelling), unique within the sample
 * @param gaiaIds   Gaia DR2 source_id per star, null for LIT stars
 * @param types     type per star with the Blazhko mark ("RRab", "RRab-BL", …)
 * @param blazhko   Blazhko flag per star
 * @param origins   where each row's features come from ({@link FourierFeatures#origin()}:curve id)
 * @param cutLog    the cuts and their counts
 */
public record CalibrationSample(String name, String band, String type, FeatureTable features, double[] feh,
                                double[] fehError, List<String> starIds, List<Long> gaiaIds, List<String> types,
                                boolean[] blazhko, List<String> origins, CutLog cutLog) {

    public CalibrationSample {
        feh = feh.clone();
        fehError = fehError.clone();
        starIds = List.copyOf(starIds);
        gaiaIds = Collections.unmodifiableList(new ArrayList<>(gaiaIds)); // nulls allowed: LIT stars
        types = List.copyOf(types);
        blazhko = blazhko.clone();
        origins = List.copyOf(origins);
        int n = features.rows();
        if (feh.length != n || fehError.length != n || starIds.size() != n || gaiaIds.size() != n
                || types.size() != n || blazhko.length != n || origins.size() != n) {
            throw new IllegalArgumentException(name + ": every per-star column needs " + n + " rows");
        }
    }

    @Override
    public double[] feh() {
        return feh.clone();
    }

    @Override
    public double[] fehError() {
        return fehError.clone();
    }

    @Override
    public boolean[] blazhko() {
        return blazhko.clone();
    }

    public int size() {
        return feh.length;
    }

    /** Mean [Fe/H] (NaN when empty). */
    public double meanFeh() {
        return Arrays.stream(feh).average().orElse(Double.NaN);
    }

    /** Sample standard deviation of [Fe/H] (NaN below two stars). */
    public double sdFeh() {
        if (feh.length < 2) return Double.NaN;
        double m = meanFeh(), s = 0;
        for (double x : feh) s += (x - m) * (x - m);
        return Math.sqrt(s / (feh.length - 1));
    }

    /** "G RRab: N = 50 (12 Blazhko), [Fe/H] mean −1.23, sd 0.45". */
    public String summary() {
        int bl = 0;
        for (boolean b : blazhko) bl += b ? 1 : 0;
        return String.format(Locale.ROOT, "%s: N = %d (%d Blazhko), [Fe/H] mean %.3f, sd %.3f", name, size(), bl,
                meanFeh(), sdFeh());
    }
}
