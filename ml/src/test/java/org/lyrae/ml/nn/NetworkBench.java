package org.lyrae.ml.nn;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.feh.FeatureTable;

/**
 * Inference of the light-curve networks as the service runs them: a 10-member ensemble (one network
 * per fold, default sizes) over 20,000 curves, on every core, on the CPU; then one star alone, and
 * the process's memory. Speed does not depend on the weights, so the members are trained for one
 * epoch on synthetic curves and the shared data is not needed. Runs only with {@code -Pbench}.
 * An epoch is timed on as many synthetic curves as a fold of the real sample trains on.
 */
class NetworkBench {
    private static final int CURVES = 20_000;
    private static final int MEMBERS = 10;

    static {
        // the test configuration holds PyTorch to one thread; a benchmark measures the machine
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void lstm() throws Exception {
        run(NetworkSettings.lstm());
    }

    @Test
    void transformer() throws Exception {
        run(NetworkSettings.transformer());
    }

    private static void run(NetworkSettings s) throws Exception {
        CurveData train = SyntheticCurves.sample(512, 1);
        List<TrainedNetwork> members = new ArrayList<>();
        NetworkSettings one = s.withEpochs(1, 1);
        for (int k = 0; k < MEMBERS; k++) {
            members.add(NetworkTrainer.train(train, train.subset(new int[] {0, 1}), null, one.withSeed(s.seed() + k), Device.cpu(),
                    NetworkTrainer.Progress.NONE));
        }
        // an epoch as in the real cross-validation: 3,250 training and 361 early-stopping curves per fold
        double epoch = NetworkTrainer.train(SyntheticCurves.sample(3250, 4), SyntheticCurves.sample(361, 5), null, s.withEpochs(3, 3),
                Device.cpu(), NetworkTrainer.Progress.NONE).secondsPerEpoch();
        NetworkEstimator e = new NetworkEstimator(s.architecture(), s, train.points(), members, 0.3, 0, 10);
        FeatureTable x = NetworkArtifactsTest.table(SyntheticCurves.sample(CURVES, 2));
        FeatureTable single = NetworkArtifactsTest.table(SyntheticCurves.sample(1, 3));
        e.predict(x);
        long start = System.nanoTime();
        e.predict(x);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < 5; i++) e.predict(single);
        start = System.nanoTime();
        for (int i = 0; i < 20; i++) e.predict(single);
        double alone = (System.nanoTime() - start) / 1e9 / 20;
        System.out.printf("%s (%s): %d-member ensemble, %,d curves in %.2f s = %,.0f curves/s; one star alone %.1f ms; "
                        + "one epoch of a fold (3,250 curves) %.2f s; %s%n", s.architecture(), Engines.describe(), MEMBERS, CURVES, seconds,
                CURVES / seconds, alone * 1e3, epoch, memory());
    }

    /** Resident and peak resident memory of this process (Linux). */
    private static String memory() throws Exception {
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) rss = line.substring(6).strip();
            if (line.startsWith("VmHWM:")) peak = line.substring(6).strip();
        }
        return "RSS " + rss + " (peak " + peak + ")";
    }
}
