package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.fourier.Estimate;
import org.lyrae.ml.fourier.PhaseConvention;
import org.lyrae.ml.testdata.SharedData;

/**
 * The estimated errors of the lcfit G parameters ({@link GaiaLcfitParameters}) against our own
 * covariance errors on the stars with both a raw DR3 curve and an lcfit row (~42): the sampling factor
 * is what the median ratio says, and the two sets of values agree within their combined errors.
 */
class GaiaLcfitErrorsTest {

    private static final List<FourierFeatures[]> PAIRS = new ArrayList<>();

    @BeforeAll
    static void pair() throws IOException {
        GaiaEpochFits fits = GaiaEpochFits.fitAll(SharedData.dataDir());
        Map<Long, FourierFeatures> lcfit = GaiaLcfitParameters.read(SharedData.dataDir());
        for (Map.Entry<Long, FourierFeatures> e : fits.fits().entrySet()) {
            FourierFeatures other = lcfit.get(e.getKey());
            // same period only: a different alias is a different fit, not an error estimate
            if (other != null && Math.abs(other.period().value() / e.getValue().period().value() - 1) < 1e-3) {
                PAIRS.add(new FourierFeatures[] {e.getValue(), other});
            }
        }
    }

    @Test
    void samplingFactorMatchesTheMedianErrorRatio() {
        assertTrue(PAIRS.size() >= 35, "pairs: " + PAIRS.size());
        double f = GaiaLcfitParameters.SAMPLING_FACTOR;
        double phi31 = medianRatio(FourierFeatures::phi31, f), phi21 = medianRatio(FourierFeatures::phi21, f);
        double a1 = medianRatio(FourierFeatures::a1, f), r21 = medianRatio(FourierFeatures::r21, f);
        double period = medianRatio(FourierFeatures::period, 1); // the period error carries no sampling factor
        System.out.printf(Locale.ROOT, "lcfit G error model vs our covariance errors (%d stars): median ratio ours/ideal"
                        + " phi31 %.2f, phi21 %.2f, A1 %.2f, R21 %.2f, period %.2f; factor used %.2f%n", PAIRS.size(),
                phi31, phi21, a1, r21, period, GaiaLcfitParameters.SAMPLING_FACTOR);
        for (double ratio : new double[] {phi31, phi21, a1}) {
            assertTrue(Math.abs(Math.log(ratio / GaiaLcfitParameters.SAMPLING_FACTOR)) < Math.log(1.5),
                    "sampling factor " + GaiaLcfitParameters.SAMPLING_FACTOR + " vs measured " + ratio);
        }
        assertTrue(Math.abs(Math.log(period)) < Math.log(1.5), "period error ratio " + period);
    }

    @Test
    void lcfitAndOurPhi31AgreeWithinTheirErrors() {
        int within2 = 0;
        for (FourierFeatures[] p : PAIRS) {
            double d = PhaseConvention.angularDistance(p[0].phi31().value(), p[1].phi31().value());
            within2 += d <= 2 * Math.hypot(p[0].phi31().error(), p[1].phi31().error()) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "phi31 ours vs lcfit G within 2 combined sigma: %d/%d%n", within2, PAIRS.size());
        assertTrue(within2 >= 0.85 * PAIRS.size(), within2 + "/" + PAIRS.size());
    }

    /** Median of our error over lcfit's estimated error without the factor {@code applied} it carries. */
    private static double medianRatio(Function<FourierFeatures, Estimate> parameter, double applied) {
        double[] r = PAIRS.stream().mapToDouble(p -> parameter.apply(p[0]).error()
                / (parameter.apply(p[1]).error() / applied)).sorted().toArray();
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }
}
