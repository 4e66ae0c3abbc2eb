package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/**
 * Acceptance C: ASAS I-band curves of the CHR spectroscopic stars ({@code use} = asas, linked by {@code use_id};
 * one curve serves two CHR names once, so curves are taken once each) against the file's own lcfit period and
 * φ31. Periods are searched from scratch.
 *
 * <p>Criteria: period within 1e-4 (relative) for ≥ 90% of all curves; φ31 within 0.15 rad for ≥ 90% of the
 * RRab (incl. RRab-BL). For RRc the third harmonic is often a few mmag, our φ31 errors are 0.2–2.5 rad, and a
 * 0.15 rad agreement only says whether two regressions chose alike; there ≥ 90% must agree within 0.15 rad or
 * within twice our stated error. The strict counts are printed for all types.
 */
class AsasChrTest {

    @Test
    void periodsAndPhi31MatchTheChrFile() {
        Map<String, Map<String, String>> chr = TestCurves.table(
                TestCurves.dataDir().resolve("spectroscopic/CHR_X_phot_single.dat"), "gaia_id");
        Map<String, Map<String, String>> byCurve = new LinkedHashMap<>();
        for (Map<String, String> row : chr.values()) {
            if ("asas".equals(row.get("use")) && !Double.isNaN(TestCurves.number(row, "phi31"))) {
                byCurve.putIfAbsent(row.get("use_id"), row);
            }
        }
        Map<String, LightCurve> curves = TestCurves.asas(byCurve.keySet());
        PeriodSearch search = new PeriodSearch();
        int total = 0;
        int periodAgree = 0;
        int rrab = 0;
        int rrabPhiAgree = 0;
        int rrc = 0;
        int rrcPhiStrict = 0;
        int rrcPhiWithinErrors = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : byCurve.entrySet()) {
            LightCurve lc = curves.get(entry.getKey());
            assertTrue(lc != null, "no ASAS file for use_id " + entry.getKey());
            Map<String, String> row = entry.getValue();
            FourierFit fit = search.search(lc).fit();
            double period = TestCurves.number(row, "period");
            double phi31 = TestCurves.number(row, "phi31");
            boolean periodOk = Math.abs(fit.period().value() - period) / period < 1e-4;
            double dPhi = PhaseConvention.angularDistance(fit.phi31Sine().value(), phi31);
            total++;
            periodAgree += periodOk ? 1 : 0;
            if (row.get("type").startsWith("RRab")) {
                rrab++;
                rrabPhiAgree += dPhi < 0.15 ? 1 : 0;
            } else {
                rrc++;
                rrcPhiStrict += dPhi < 0.15 ? 1 : 0;
                rrcPhiWithinErrors += dPhi < Math.max(0.15, 2 * fit.phi31Sine().error()) ? 1 : 0;
            }
            if (!periodOk || dPhi >= 0.15) {
                misses.add(String.format("%s %s: P %.7f vs %.6f, phi31 %.3f±%.3f vs %.3f %s", entry.getKey(),
                        row.get("type"), fit.period().value(), period, fit.phi31Sine().value(), fit.phi31Sine().error(),
                        PhaseConvention.wrap(phi31), fit.flags()));
            }
        }
        System.out.printf("ASAS/CHR: periods %d/%d; phi31 within 0.15: RRab %d/%d, RRc %d/%d (all %d/%d); RRc within"
                        + " max(0.15, 2σ): %d/%d%n  misses: %s%n", periodAgree, total, rrabPhiAgree, rrab, rrcPhiStrict, rrc,
                rrabPhiAgree + rrcPhiStrict, total, rrcPhiWithinErrors, rrc, String.join("\n          ", misses));
        assertTrue(total >= 50, "expected ~58 ASAS curves with lcfit parameters, found " + total);
        assertTrue(periodAgree >= 0.9 * total, periodAgree + "/" + total + " periods within 1e-4");
        assertTrue(rrabPhiAgree >= 0.9 * rrab, rrabPhiAgree + "/" + rrab + " RRab phi31 within 0.15 rad");
        assertTrue(rrcPhiWithinErrors >= 0.9 * rrc, rrcPhiWithinErrors + "/" + rrc + " RRc phi31 within max(0.15, 2σ)");
    }
}
