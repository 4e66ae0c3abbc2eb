package org.lyrae.ml.feh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The networks join the Fourier models for RRab, and the adoption rule weighs them with the others. */
class WithNetworksTest {

    /** A model that says the same for every star, or NaN with MISSING_FEATURE for stars without a curve when it reads curves. */
    private record Fixed(String name, double feh, double sigma, boolean readsCurves) implements MetallicityEstimator {
        @Override
        public List<String> features() {
            return List.of();
        }

        @Override
        public Estimates predict(FeatureTable x) {
            int n = x.rows();
            double[] f = new double[n];
            double[] s = new double[n];
            String[] flags = new String[n];
            for (int i = 0; i < n; i++) {
                boolean missing = readsCurves && x.curve(i) == null;
                f[i] = missing ? Double.NaN : feh;
                s[i] = missing ? Double.NaN : sigma;
                flags[i] = missing ? "MISSING_FEATURE" : null;
            }
            return new Estimates(f, s, flags);
        }
    }

    private static final MetallicityModels FOURIER = new MetallicityModels() {
        @Override
        public String band() {
            return "G";
        }

        @Override
        public List<MetallicityEstimator> forType(String type) {
            return List.of(new Fixed("bayes", -1.0, 0.2, false), new Fixed("xgboost", -1.2, 0.4, false));
        }

        @Override
        public String version() {
            return "G-20261125-aaaaaaaa";
        }
    };

    private final WithNetworks models = new WithNetworks(FOURIER, List.of(new Fixed("lstm", -2.0, 0.1, true)),
            List.of("lstm-G-20261203-bbbbbbbb"));

    @Test
    void rrabStarsAreAdoptedFromAllModelsNetworksIncluded() {
        FeatureTable x = new FeatureTable(List.of(), new double[0][], new double[0][], new float[][] {new float[64], null});
        MetallicityModels.Adopted a = models.estimate("RRab", x);
        assertEquals(List.of("bayes", "xgboost", "lstm"), List.copyOf(a.byModel().keySet()));
        // inverse-variance weights 25, 6.25 and 100: the network pulls the adopted value towards -2
        double w = 25 + 6.25 + 100;
        assertEquals((25 * -1.0 + 6.25 * -1.2 + 100 * -2.0) / w, a.adopted().feh()[0], 1e-12);
        assertEquals(Math.sqrt((25 * 0.04 + 6.25 * 0.16 + 100 * 0.01) / w), a.adopted().sigma()[0], 1e-12);
        assertNull(a.adopted().flags()[0]);
        // a star without a curve: the network has no value, the Fourier models decide
        assertEquals("MISSING_FEATURE", a.byModel().get("lstm").flags()[1]);
        assertEquals((25 * -1.0 + 6.25 * -1.2) / 31.25, a.adopted().feh()[1], 1e-12);
    }

    @Test
    void rrcStarsGetTheFourierModelsOnlyAndTheVersionNamesEveryModel() {
        assertEquals(List.of("bayes", "xgboost"), models.forType("RRc").stream().map(MetallicityEstimator::name).toList());
        assertEquals("G-20261125-aaaaaaaa+lstm-G-20261203-bbbbbbbb", models.version());
        assertEquals("G", models.band());
    }
}
