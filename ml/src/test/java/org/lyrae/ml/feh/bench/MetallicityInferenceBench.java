package org.lyrae.ml.feh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.BandCalibration;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.feh.ModelArtifacts;
import org.lyrae.ml.feh.ModelTrainer;
import org.lyrae.ml.feh.SyntheticCalibration;
import org.lyrae.ml.feh.TrainingSettings;

/**
 * Inference throughput of the Fourier-parameter models together (Bayesian relation, XGBoost mean
 * and σ boosters, adoption rule) on one thread, for a catalogue-sized table of 271,779 stars
 * (target ≥ 100,000 stars/s per core), and the training time of a 120-star calibration. Runs only
 * with {@code -Pbench}; models trained on {@code SyntheticCalibration} so the shared data is not needed.
 */
class MetallicityInferenceBench {
    private static final int STARS = 271_779;

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("lyrae-bench-models");
        long t0 = System.nanoTime();
        BandCalibration c = ModelArtifacts.trainAndSave(dir, "G",
                band -> new ModelArtifacts.Samples.Built(List.of(SyntheticCalibration.sample(120, 1)), List.of("synthetic")),
                TrainingSettings.defaults(), ModelTrainer.Progress.NONE);
        System.out.printf("training (120 stars, selection + 5x5 CV + final fits, both models): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        FeatureTable x = SyntheticCalibration.sample(STARS, 2).features();
        MetallicityModels m = c;
        for (int warm = 0; warm < 3; warm++) m.estimate("RRab", x);
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) m.estimate("RRab", x);
        double seconds = (System.nanoTime() - start) / 1e9 / rounds;
        System.out.printf("inference, both models + adoption, 1 thread: %,d stars in %.3f s = %,.0f stars/s (target >= 100,000)%n",
                STARS, seconds, STARS / seconds);
    }
}
