package org.lyrae.ml.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.FitFeatures;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.fourier.FourierFit;

/**
 * Adds the models' [Fe/H] to analysed stars: features from each fit, the type from period and R21,
 * then all stars of a type at once through the models (one vectorised call per type and model).
 * Stars of another band than the models' get a flag instead of an estimate. A phase-folded curve
 * given with period 1 ({@link FitFeatures#periodIsCycle}) has no period: the models that read it give
 * no value, the others (shape features, the networks' curve) do, and the row says {@code period=NO_PERIOD}.
 */
public final class MetallicityAnnotator {
    private MetallicityAnnotator() {
    }

    public static List<StarAnalysis> annotate(List<StarAnalysis> stars, MetallicityModels models) {
        List<StarAnalysis> out = new ArrayList<>(stars);
        for (String type : List.of("RRab", "RRc")) {
            List<Integer> rows = new ArrayList<>();
            List<FourierFit> fits = new ArrayList<>();
            for (int i = 0; i < stars.size(); i++) {
                StarAnalysis s = stars.get(i);
                if (!s.ok()) continue;
                FourierFit f = s.analysis().fit();
                if (!models.band().equalsIgnoreCase(s.band() == null ? "" : s.band())) {
                    // a relation calibrated on G amplitudes and phases does not apply to V or I curves
                    if (type.equals("RRab")) out.set(i, s.withMetallicity(new StarMetallicity(null, null, models.version(), Map.of(),
                            Map.of("adopted", "NO_CALIBRATION_FOR_BAND_" + s.band()), new double[] {Double.NaN, Double.NaN})));
                    continue;
                }
                // a phase-folded curve's period 1 is no period: the rule then goes by R21 alone (RRab)
                double period = FitFeatures.feature(f, FeatureNames.PERIOD).value();
                if (FitFeatures.type(period, f.r21().value()).equals(type)) {
                    rows.add(i);
                    fits.add(f);
                }
            }
            if (rows.isEmpty()) continue;
            FeatureTable x = FitFeatures.of(fits);
            MetallicityModels.Adopted a = models.estimate(type, x);
            for (int r = 0; r < rows.size(); r++) {
                Map<String, double[]> byModel = new LinkedHashMap<>();
                Map<String, String> flags = new LinkedHashMap<>();
                for (Map.Entry<String, Estimates> e : a.byModel().entrySet()) {
                    byModel.put(e.getKey(), new double[] {e.getValue().feh()[r], e.getValue().sigma()[r]});
                    if (e.getValue().flags()[r] != null) flags.put(e.getKey(), e.getValue().flags()[r]);
                }
                double[] adopted = a.byModel().isEmpty() ? new double[] {Double.NaN, Double.NaN}
                        : new double[] {a.adopted().feh()[r], a.adopted().sigma()[r]};
                String adoptedFlag = a.byModel().isEmpty() ? "NO_CALIBRATION_FOR_" + type.toUpperCase() : a.adopted().flags()[r];
                if (adoptedFlag != null) flags.put("adopted", adoptedFlag);
                if (FitFeatures.periodIsCycle(fits.get(r))) flags.put("period", "NO_PERIOD");
                int i = rows.get(r);
                out.set(i, stars.get(i).withMetallicity(new StarMetallicity(type, FitFeatures.TYPE_RULE, models.version(),
                        byModel, flags, adopted)));
            }
        }
        return out;
    }
}
