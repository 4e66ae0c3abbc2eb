package org.lyrae.ml.feh;

import java.util.Map;

/**
 * One [Fe/H] per star from several models, by a rule written down here:
 * <ol>
 * <li>estimates that are NaN or flagged {@code MISSING_FEATURE} are left out; {@code OUT_OF_RANGE}
 *     ones are used only when no model is in range (and the flag is kept);</li>
 * <li>the adopted value is the inverse-variance weighted mean of the rest;</li>
 * <li>its σ is not reduced by averaging (the models read the same light curve, so their errors are
 *     strongly correlated): σ² = Σwσ²/Σw. (Adding half the spread between the models in quadrature
 *     was tried: on the G RRab cross-validation its 68 % intervals held 79 % of the stars, against
 *     75 % without it; it was dropped.)</li>
 * </ol>
 */
public final class AdoptionRule {
    private AdoptionRule() {
    }

    public static Estimates adopt(Map<String, Estimates> byModel, int rows) {
        double[] feh = new double[rows];
        double[] sigma = new double[rows];
        String[] flags = new String[rows];
        for (int i = 0; i < rows; i++) {
            double[] r = combine(byModel, i, false);
            if (Double.isNaN(r[0])) {
                r = combine(byModel, i, true);
                if (!Double.isNaN(r[0])) flags[i] = "OUT_OF_RANGE";
            }
            feh[i] = r[0];
            sigma[i] = r[1];
            if (Double.isNaN(r[0])) flags[i] = "NO_ESTIMATE";
        }
        return new Estimates(feh, sigma, flags);
    }

    private static double[] combine(Map<String, Estimates> byModel, int i, boolean allowOutOfRange) {
        double sw = 0;
        double swx = 0;
        double sws2 = 0;
        for (Estimates e : byModel.values()) {
            double v = e.feh()[i];
            double s = e.sigma()[i];
            String f = e.flags()[i];
            if (!Double.isFinite(v) || !(s > 0)) continue;
            if (f != null && (f.contains("MISSING_FEATURE") || !allowOutOfRange && f.contains("OUT_OF_RANGE"))) continue;
            double w = 1 / (s * s);
            sw += w;
            swx += w * v;
            sws2 += w * s * s;
        }
        if (sw == 0) return new double[] {Double.NaN, Double.NaN};
        return new double[] {swx / sw, Math.sqrt(sws2 / sw)};
    }
}
