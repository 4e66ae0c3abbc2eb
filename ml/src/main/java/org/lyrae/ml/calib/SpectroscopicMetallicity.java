package org.lyrae.ml.calib;

import java.util.Arrays;

/**
 * The one rule that turns several spectra of a star into its [Fe/H] and error (used by the
 * calibration samples and by the TAP table {@code lyrae.calibrators}).
 *
 * <p>Over the star's n distinct spectra v_i ({@code feh + shift}) with quoted errors e_i:
 * [Fe/H] = the weighted mean with weights 1/e_i² when every e_i is positive, else the plain mean;
 * error = max(s/√n, median e_i), where s is the sample standard deviation of the v_i (s/√n = 0 for
 * n = 1) and the median is replaced by {@value #ERROR_FLOOR} dex when no e_i is given.
 *
 * <p>Why the median and not 1/√(Σ 1/e_i²): the quoted errors are per-source systematic
 * uncertainties (the same value for every spectrum of a source), which averaging spectra does not
 * reduce. The s/√n term takes over when the spectra disagree more than their quoted errors say.
 */
public final class SpectroscopicMetallicity {

    /** Error (dex) assumed for a star none of whose spectra quotes one. */
    public static final double ERROR_FLOOR = 0.10;

    /** A star's combined [Fe/H] and its error, dex. */
    public record Combined(double feh, double error) {
    }

    private SpectroscopicMetallicity() {
    }

    /**
     * @param values one [Fe/H] per distinct spectrum (already on the common scale: feh + shift)
     * @param errors their quoted errors; NaN (or ≤ 0) where a spectrum quotes none
     */
    public static Combined combine(double[] values, double[] errors) {
        int n = values.length;
        if (n == 0 || errors.length != n) throw new IllegalArgumentException("need one error per value, at least one value");
        boolean weighted = Arrays.stream(errors).allMatch(SpectroscopicMetallicity::quoted);
        double sum = 0, weights = 0, plain = 0;
        for (int i = 0; i < n; i++) {
            double w = weighted ? 1 / (errors[i] * errors[i]) : 1;
            sum += w * values[i];
            weights += w;
            plain += values[i] / n;
        }
        double squares = 0;
        for (double x : values) squares += (x - plain) * (x - plain);
        double sem = n > 1 ? Math.sqrt(squares / (n - 1)) / Math.sqrt(n) : 0;
        double[] quoted = Arrays.stream(errors).filter(SpectroscopicMetallicity::quoted).sorted().toArray();
        double typical = quoted.length == 0 ? ERROR_FLOOR
                : quoted.length % 2 == 1 ? quoted[quoted.length / 2]
                : (quoted[quoted.length / 2 - 1] + quoted[quoted.length / 2]) / 2;
        return new Combined(sum / weights, Math.max(sem, typical));
    }

    private static boolean quoted(double e) {
        return e > 0 && Double.isFinite(e);
    }
}
