package org.lyrae.ml.feh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectroscopicCheckTest {

    /** A model that answers a fixed value and σ per star, whatever the features. */
    private record Fixed(String name, double[] feh, double[] sigma) implements MetallicityEstimator {
        @Override
        public List<String> features() {
            return List.of();
        }

        @Override
        public Estimates predict(FeatureTable x) {
            return new Estimates(feh.clone(), sigma.clone(), new String[feh.length]);
        }
    }

    private static FeatureTable rows(int n) {
        return new FeatureTable(List.of("period"), new double[][] {new double[n]}, new double[][] {new double[n]});
    }

    @Test
    void coverageUsesBothErrorsAndOnlyStarsWithAValue() {
        double[] truth = {-1.0, -1.5, -2.0, -0.5};
        double[] truthErr = {0.3, 0.3, 0.3, 0.3};
        // residuals 0.1, 0.45, 0.9, NaN; with sigma 0.4: combined 0.5, so 2 of 3 within 1 sigma, 3 of 3 within 2
        Fixed m = new Fixed("net", new double[] {-0.9, -1.05, -1.1, Double.NaN}, new double[] {0.4, 0.4, 0.4, 0.4});
        List<SpectroscopicCheck.Row> rows = SpectroscopicCheck.run(List.of("a", "b", "c", "d"), rows(4), truth, truthErr, List.of(m), null);
        SpectroscopicCheck.Row all = rows.get(0);
        assertEquals("net (all)", all.model());
        assertEquals(3, all.stars());
        assertEquals(2.0 / 3, all.metrics().inside1Sigma(), 1e-12);
        assertEquals(1.0, all.within2Sigma(), 1e-12);
        assertEquals((0.1 + 0.45 + 0.9) / 3, all.metrics().bias(), 1e-12);
        assertEquals(Math.sqrt((0.01 + 0.2025 + 0.81) / 3), all.metrics().rmse(), 1e-12);
    }

    @Test
    void fourierOutOfFoldValuesAreMatchedByNameAndScoredOnCommonStars() {
        double[] truth = {-1.0, -1.5, -2.0};
        Fixed net = new Fixed("net", new double[] {-1.0, -1.5, -2.0}, new double[] {0.2, 0.2, 0.2});
        OutOfFold oof = new OutOfFold(List.of("c", "a"), new double[] {-2.0, -1.0}, new double[] {0.6, 0.5},
                Map.of("bayes", new double[] {-2.2, -1.1}));
        TypeCalibration t = new TypeCalibration("G", "RRab", 2, List.of(), List.of(), Map.of(), null, null, oof);
        List<SpectroscopicCheck.Row> rows = SpectroscopicCheck.run(List.of("a", "b", "c"), rows(3), truth, new double[] {0.1, 0.1, 0.1},
                List.of(net), t);
        SpectroscopicCheck.Row bayes = rows.stream().filter(r -> r.model().startsWith("bayes")).findFirst().orElseThrow();
        assertEquals(2, bayes.stars(), "star b has no out-of-fold value, so the common set is a and c");
        assertEquals((-0.1 - 0.2) / 2, bayes.metrics().bias(), 1e-12);
        assertTrue(Double.isNaN(bayes.metrics().inside1Sigma()), "no sigma is kept for out-of-fold values");
        SpectroscopicCheck.Row netCommon = rows.stream().filter(r -> r.model().equals("net")).findFirst().orElseThrow();
        assertEquals(2, netCommon.stars());
    }
}
