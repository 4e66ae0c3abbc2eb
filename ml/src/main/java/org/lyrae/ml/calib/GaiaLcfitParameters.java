package org.lyrae.ml.calib;

import org.lyrae.ml.feh.PhaseWindows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lyrae.ml.fourier.Estimate;

/**
 * The lcfit G-band Fourier parameters of {@code gaia_g_fourier/rrab_g_X_rv_gpr_param.dat} (RRab with
 * Gaia RV curves, sine convention, keyed by Gaia {@code id}), with errors estimated here because the
 * file has none.
 *
 * <p>Error model. lcfit's {@code snr} is the total amplitude over σ/√N (σ the per-epoch residual
 * scatter): on the 42 stars we also fit ourselves, σ = totamp·√N/snr matches our residual rms to within
 * tens of per cent for most. For N epochs spread over the phase with per-epoch scatter σ, a
 * harmonic fit gives σ(A_k) ≈ σ√(2/N) and σ(φ_k) ≈ σ(A_k)/A_k; then σ(φ21) = √(σ(φ2)² + 4σ(φ1)²),
 * σ(φ31) = √(σ(φ3)² + 9σ(φ1)²), the ratios as in {@link FourierFeatures#ratio}, and the period from
 * σ(f) = √6 σ / (π √N A_1 T) (Montgomery &amp; O'Donoghue 1999) over T = {@value #BASELINE_DAYS} d (the
 * DR3 epoch files span 874–1031 d). Gaia's sparse, uneven sampling makes the real amplitude and phase
 * errors larger than these ideal ones: against our own covariance errors on the 41 stars in both sets
 * (same period) the median ratio is 1.47 (φ31, φ21), 1.53 (A1), 1.51 (R21), so those errors are
 * multiplied by {@value #SAMPLING_FACTOR}; for the period it is 0.98, so the period formula is used as
 * it stands ({@code GaiaLcfitErrorsTest} re-measures both).
 */
public final class GaiaLcfitParameters {

    public static final String FILE = "gaia_g_fourier/rrab_g_X_rv_gpr_param.dat";
    /** Assumed time span of the G epochs, days. */
    static final double BASELINE_DAYS = 1000;
    /** Inflation of the ideal-sampling amplitude and phase errors for Gaia's sampling (measured, see the class comment). */
    static final double SAMPLING_FACTOR = 1.5;

    private GaiaLcfitParameters() {
    }

    /** Features by Gaia source_id, in file order. */
    public static Map<Long, FourierFeatures> read(Path dataDir) throws IOException {
        Map<Long, FourierFeatures> out = new LinkedHashMap<>();
        for (Map<String, String> row : WhitespaceTable.read(dataDir.resolve(FILE))) {
            out.putIfAbsent(Long.valueOf(row.get("id")), features(row));
        }
        return Collections.unmodifiableMap(out);
    }

    static FourierFeatures features(Map<String, String> row) {
        double n = WhitespaceTable.number(row, "Npt");
        double period = WhitespaceTable.number(row, "period");
        double amplitude = WhitespaceTable.number(row, "totamp");
        double a1 = WhitespaceTable.number(row, "A1");
        double a2 = WhitespaceTable.number(row, "A2");
        double a3 = WhitespaceTable.number(row, "A3");
        double sigma = amplitude * Math.sqrt(n) / WhitespaceTable.number(row, "snr");
        double sA = SAMPLING_FACTOR * sigma * Math.sqrt(2 / n);
        double sPhi1 = sA / a1, sPhi2 = sA / a2, sPhi3 = sA / a3;
        double sFreq = Math.sqrt(6) * sigma / (Math.PI * Math.sqrt(n) * a1 * BASELINE_DAYS);
        Estimate e1 = new Estimate(a1, sA), e2 = new Estimate(a2, sA), e3 = new Estimate(a3, sA);
        return new FourierFeatures(FourierFeatures.LCFIT_G, row.get("id"), "G",
                new Estimate(period, period * period * sFreq),
                new Estimate(amplitude, Math.sqrt(2) * sA), e1, e2, e3,
                FourierFeatures.ratio(e2, e1), FourierFeatures.ratio(e3, e1),
                new Estimate(PhaseWindows.phi21(WhitespaceTable.number(row, "phi21")), Math.hypot(sPhi2, 2 * sPhi1)),
                new Estimate(PhaseWindows.phi31(WhitespaceTable.number(row, "phi31")), Math.hypot(sPhi3, 3 * sPhi1)),
                (int) n, WhitespaceTable.number(row, "phcov"), WhitespaceTable.number(row, "snr"),
                (int) WhitespaceTable.number(row, "order"), Set.of());
    }
}
