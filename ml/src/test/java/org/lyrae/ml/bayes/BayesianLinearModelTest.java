package org.lyrae.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End-to-end: fits of simulated stars with a known relation. */
class BayesianLinearModelTest {
    private static SimulatedStars.Sample training;
    private static BayesianLinearFit fit;

    @BeforeAll
    static void fitOnce() {
        training = SimulatedStars.draw(150, 7);
        fit = BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(),
                FitSettings.defaults(), ProgressListener.NONE);
    }

    @Test
    void defaultRunConvergesNearTheTruth() {
        Convergence c = fit.convergence();
        assertTrue(c.converged(), c.message());
        assertEquals(32, c.walkers());
        assertEquals(List.of("c0", "c1", "c2", "sigma_int"), c.parameters());
        List<ParameterSummary> all = summaries(fit);
        for (int d = 0; d < all.size(); d++) {
            ParameterSummary s = all.get(d);
            assertTrue(Math.abs(s.median() - SimulatedStars.TRUTH[d]) < 3 * s.sd(),
                    s + " is more than 3σ from the truth " + SimulatedStars.TRUTH[d]);
            assertTrue(s.p16() < s.median() && s.median() < s.p84(), s.toString());
        }
        assertEquals(150, fit.summary().stars());
        assertEquals(4 * 32 * 4000, fit.summary().draws());
        assertEquals(1000, fit.draws().size());
    }

    /**
     * Calibration over 10 independent data sets × 4 parameters = 40 intervals. For calibrated 68%
     * intervals the number covering the truth is about Binomial(40, 0.68): mean 27.2, sd 2.95; we
     * require 22–34 (each tail ≲ 3% by chance), which fails both for intervals that are too narrow
     * or biased (e.g. feature errors ignored) and for ones that are too wide. For 95% intervals
     * (mean 38, sd 1.4) we require at least 34. The data sets are fixed, so the test is repeatable.
     * Each run is short (2 ensembles, 3500 steps) but long enough to pass the convergence criteria.
     */
    @Test
    void credibleIntervalsCoverTheTruthAtTheNominalRate() {
        int in68 = 0;
        int in95 = 0;
        FitSettings quick = FitSettings.defaults().withEnsembles(2).withSteps(300, 3500).withSavedDraws(4000);
        for (int r = 0; r < 10; r++) {
            SimulatedStars.Sample s = SimulatedStars.draw(150, 1000 + r);
            BayesianLinearFit f = BayesianLinearModel.fit(s.x(), s.xErr(), s.y(), s.yErr(), quick.withSeed(r), ProgressListener.NONE);
            assertTrue(f.convergence().converged(), "replication " + r + ": " + f.convergence().message());
            List<ParameterSummary> all = summaries(f);
            for (int d = 0; d < all.size(); d++) {
                double truth = SimulatedStars.TRUTH[d];
                if (all.get(d).p16() <= truth && truth <= all.get(d).p84()) in68++;
                Percentile q = new Percentile();
                q.setData(column(f.draws(), d));
                if (q.evaluate(2.5) <= truth && truth <= q.evaluate(97.5)) in95++;
            }
        }
        assertTrue(in68 >= 22 && in68 <= 34, "68% intervals covered the truth " + in68 + " times out of 40");
        assertTrue(in95 >= 34, "95% intervals covered the truth " + in95 + " times out of 40");
    }

    /** Held-out stars: the true metallicity falls within ±1σ (±2σ) of the prediction at the Gaussian rates. */
    @Test
    void predictiveSigmaCoversHeldOutTruth() {
        SimulatedStars.Sample test = SimulatedStars.draw(4000, 8);
        Prediction p = fit.predict(test.x(), test.xErr());
        int within1 = 0;
        int within2 = 0;
        for (int i = 0; i < test.size(); i++) {
            double z = Math.abs(test.yTrue()[i] - p.mean()[i]) / p.sigma()[i];
            if (z <= 1) within1++;
            if (z <= 2) within2++;
        }
        double f1 = within1 / (double) test.size();
        double f2 = within2 / (double) test.size();
        assertTrue(f1 >= 0.60 && f1 <= 0.76, "fraction within ±1σ: " + f1);
        assertTrue(f2 >= 0.93 && f2 <= 0.975, "fraction within ±2σ: " + f2);
    }

    /**
     * The closed form from all kept draws against brute-force averaging over the 1000 saved draws:
     * equal within the saved draws' Monte Carlo error, taken as if only 500 were independent, times 5.
     */
    @Test
    void closedFormPredictionsMatchDrawAveragesWithinMonteCarloError() {
        SimulatedStars.Sample test = SimulatedStars.draw(200, 9);
        Prediction closed = fit.predict(test.x(), test.xErr());
        Prediction byDraws = fit.draws().predict(test.x(), test.xErr());
        double nEff = 500;
        for (int i = 0; i < test.size(); i++) {
            double[] mu = new double[fit.draws().size()];
            double[] noise = new double[mu.length];
            for (int s = 0; s < mu.length; s++) {
                double[] c = fit.draws().coefficients()[s];
                mu[s] = c[0] + c[1] * test.x()[i][0] + c[2] * test.x()[i][1];
                noise[s] = sq(fit.draws().scatter()[s]) + sq(c[1] * test.xErr()[i][0]) + sq(c[2] * test.xErr()[i][1]);
            }
            double varMu = variance(mu);
            double meanError = Math.sqrt(varMu / nEff);
            double varError = varMu * Math.sqrt(2 / nEff) + Math.sqrt(variance(noise) / nEff);
            double sigmaError = varError / (2 * closed.sigma()[i]);
            assertEquals(byDraws.mean()[i], closed.mean()[i], 5 * meanError, "mean of star " + i);
            assertEquals(byDraws.sigma()[i], closed.sigma()[i], 5 * sigmaError, "sigma of star " + i);
        }
    }

    /**
     * Feature errors large enough that {@code c2²σ_φ31²} (≈ 0.07 on average) dwarfs {@code σ_int²}
     * (0.0225), on a feature spread wide enough (2 rad) that dilution stays small: a model that
     * left the feature errors out would need {@code σ_int ≈ 0.3} to explain the residuals.
     */
    @Test
    void featureErrorsArePropagatedNotAbsorbedIntoTheScatter() {
        SimulatedStars.Sample s = SimulatedStars.draw(300, 11, 2.0, 0.05, 0.30);
        BayesianLinearFit f = BayesianLinearModel.fit(s.x(), s.xErr(), s.y(), s.yErr(),
                FitSettings.defaults().withEnsembles(2).withSteps(300, 1500), ProgressListener.NONE);
        ParameterSummary scatter = f.summary().scatter();
        assertTrue(Math.abs(scatter.median() - SimulatedStars.SCATTER) < 3 * scatter.sd(), scatter.toString());
        assertTrue(scatter.p84() < 0.22, scatter.toString());
        ParameterSummary c2 = f.summary().coefficients().get(2);
        assertTrue(Math.abs(c2.median() - SimulatedStars.COEFFICIENTS[2]) < 3 * c2.sd(), c2.toString());
    }

    @Test
    void aDeliberatelyShortRunIsFlagged() {
        BayesianLinearFit shortFit = BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(),
                FitSettings.defaults().withSteps(10, 60), ProgressListener.NONE);
        Convergence c = shortFit.convergence();
        assertFalse(c.converged(), c.message());
        assertTrue(c.message().startsWith("not converged"), c.message());
        assertTrue(c.problems().stream().anyMatch(p -> p.contains("autocorrelation times")), c.problems().toString());
    }

    @Test
    void progressRisesByOneUpToTheTotal() {
        List<long[]> calls = new ArrayList<>();
        FitSettings settings = FitSettings.defaults().withSteps(20, 40).withEnsembles(3);
        BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(), settings,
                (done, total) -> calls.add(new long[] {done, total}));
        assertEquals(3 * 60, calls.size());
        for (int k = 0; k < calls.size(); k++) assertArrayEquals(new long[] {k + 1, 180}, calls.get(k));
    }

    @Test
    void theSeedFixesTheResult() {
        FitSettings settings = FitSettings.defaults().withSteps(50, 100);
        BayesianLinearFit a = BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(), settings, null);
        BayesianLinearFit b = BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(), settings, null);
        BayesianLinearFit c = BayesianLinearModel.fit(training.x(), training.xErr(), training.y(), training.yErr(),
                settings.withSeed(settings.seed() + 1), null);
        assertEquals(a.summary(), b.summary());
        assertArrayEquals(a.moments().coefficientMean(), b.moments().coefficientMean());
        assertNotEquals(a.summary(), c.summary());
    }

    @Test
    void aFitSurvivesJsonAndPredictsTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(fit);
        JsonNode tree = json.readTree(text);
        assertTrue(tree.at("/convergence/converged").asBoolean(), text);
        assertTrue(tree.at("/convergence/message").asText().startsWith("converged"), text);
        assertEquals("c1", tree.at("/summary/coefficients/1/name").asText());
        assertTrue(tree.at("/summary/scatter/p84").isNumber());

        BayesianLinearFit back = json.readValue(text, BayesianLinearFit.class);
        assertEquals(fit.summary(), back.summary());
        assertEquals(fit.convergence().message(), back.convergence().message());
        SimulatedStars.Sample test = SimulatedStars.draw(50, 10);
        assertArrayEquals(fit.predict(test.x(), test.xErr()).sigma(), back.predict(test.x(), test.xErr()).sigma());
        assertArrayEquals(fit.draws().scatter(), back.draws().scatter());
    }

    private static List<ParameterSummary> summaries(BayesianLinearFit f) {
        List<ParameterSummary> all = new ArrayList<>(f.summary().coefficients());
        all.add(f.summary().scatter());
        return all;
    }

    private static double[] column(PosteriorDraws draws, int param) {
        int p = draws.coefficients()[0].length;
        return param == p ? draws.scatter().clone()
                : Arrays.stream(draws.coefficients()).mapToDouble(c -> c[param]).toArray();
    }

    private static double variance(double[] v) {
        double m = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length;
    }

    private static double sq(double v) {
        return v * v;
    }
}
