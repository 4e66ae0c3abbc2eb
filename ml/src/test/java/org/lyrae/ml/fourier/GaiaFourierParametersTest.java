package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/**
 * Acceptance B: for the Gaia DR3 curves of stars in {@code rrab_g_X_rv_gpr_param.dat} (lcfit on the same G
 * epochs), φ31 in the sine (lcfit) convention agrees within 0.15 rad (modulo 2π) and R21 within 0.04, for at
 * least 90% of them. Our own searched period is used (the end-to-end path), not lcfit's.
 */
class GaiaFourierParametersTest {

    @Test
    void phi31AndR21MatchLcfit() {
        Map<String, Map<String, String>> lcfit = TestCurves.table(
                TestCurves.dataDir().resolve("gaia_g_fourier/rrab_g_X_rv_gpr_param.dat"), "id");
        PeriodSearch search = new PeriodSearch();
        int compared = 0;
        int phiAgree = 0;
        int r21Agree = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : TestCurves.gaiaFiles()) {
            Map<String, String> row = lcfit.get(TestCurves.sourceId(file));
            if (row == null) {
                continue;
            }
            LightCurve lc = TestCurves.gaia(file);
            FourierFit fit = search.search(lc).fit();
            double phi31 = TestCurves.number(row, "phi31");
            double r21 = TestCurves.number(row, "A2") / TestCurves.number(row, "A1");
            double dPhi = PhaseConvention.angularDistance(fit.phi31Sine().value(), phi31);
            double dR = Math.abs(fit.r21().value() - r21);
            compared++;
            phiAgree += dPhi < 0.15 ? 1 : 0;
            r21Agree += dR < 0.04 ? 1 : 0;
            if (!(dPhi < 0.15 && dR < 0.04)) {
                misses.add(String.format("%s: phi31 %.3f±%.3f vs %.3f, R21 %.3f±%.3f vs %.3f (order %d vs %s)", lc.id(),
                        fit.phi31Sine().value(), fit.phi31Sine().error(), phi31, fit.r21().value(), fit.r21().error(),
                        r21, fit.order(), row.get("order")));
            }
            // The two conventions differ by exactly π for φ31 and π/2 for φ21.
            assertTrue(PhaseConvention.angularDistance(fit.phi31Cosine().value(), fit.phi31Sine().value()) > Math.PI - 1e-9);
        }
        System.out.printf("Gaia DR3 vs lcfit: phi31 %d/%d, R21 %d/%d; misses %s%n", phiAgree, compared, r21Agree,
                compared, misses);
        assertTrue(compared >= 40, "expected the ~42 stars in both files, found " + compared);
        assertTrue(phiAgree >= 0.9 * compared, phiAgree + "/" + compared + " phi31 within 0.15 rad");
        assertTrue(r21Agree >= 0.9 * compared, r21Agree + "/" + compared + " R21 within 0.04");
    }
}
