package org.lyrae.ml.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.LightCurve;

/**
 * Acceptance A: the 59 raw Gaia DR3 G curves, searched without any prior period, give the period implied by
 * their {@code fase} column within 1e-4 (relative) for at least 57 of them.
 */
class GaiaPeriodRecoveryTest {

    @Test
    void fasePeriodsAreExactlyLinearPhases() {
        // The reference itself: fase must be a phase linear in time (else its "period" means nothing).
        for (Path file : TestCurves.gaiaFiles()) {
            double[] fase = TestCurves.fasePeriod(file);
            assertTrue(fase[1] < 1e-6, file + ": fase departs from a linear phase by " + fase[1] + " cycles");
            assertTrue(fase[0] > 0.2 && fase[0] < 1.2, file + ": fase period " + fase[0] + " d outside RR Lyrae range");
        }
    }

    @Test
    void periodsFromScratchMatchTheFasePeriods() {
        List<Path> files = TestCurves.gaiaFiles();
        assertEquals(59, files.size(), "expected the 59 Gaia DR3 epoch files");
        PeriodSearch search = new PeriodSearch();
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : files) {
            LightCurve lc = TestCurves.gaia(file);
            double reference = TestCurves.fasePeriod(file)[0];
            PeriodSearchResult result = search.search(lc);
            double period = result.fit().period().value();
            if (Math.abs(period - reference) / reference < 1e-4) {
                agree++;
            } else {
                misses.add(String.format("%s: %.7f d vs fase %.7f d, flags %s", lc.id(), period, reference,
                        result.fit().flags()));
            }
        }
        System.out.printf("Gaia DR3 period recovery: %d/%d within 1e-4; misses %s%n", agree, files.size(), misses);
        assertTrue(agree >= 57, agree + "/59 periods within 1e-4 of the fase period; misses " + misses);
    }
}
