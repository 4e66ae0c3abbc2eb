package org.lyrae.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both networks learn a [Fe/H] that is written into the curve shape: the loss falls and held-out predictions follow it. */
class NetworkLearningTest {

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "transformer"})
    void learnsFehFromTheShape(String architecture) {
        CurveData train = SyntheticCurves.sample(600, 1);
        CurveData validation = SyntheticCurves.sample(100, 2);
        CurveData test = SyntheticCurves.sample(200, 3);
        List<Double> losses = new ArrayList<>();
        NetworkSettings s = SyntheticCurves.small(architecture);
        TrainedNetwork t = NetworkTrainer.train(train, validation, null, s, Device.cpu(), (e, max, loss, val) -> losses.add(loss));
        assertTrue(losses.get(losses.size() - 1) < 0.5 * losses.get(0), "training loss fell too little: " + losses);
        try (LoadedNetwork net = LoadedNetwork.load(s, train.points(), t, Device.cpu())) {
            double[] predicted = net.predict(test.curves());
            double r = SyntheticCurves.correlation(predicted, test.feh());
            assertTrue(r > 0.85, architecture + ": held-out correlation " + r);
            double ss = 0;
            for (int i = 0; i < predicted.length; i++) ss += Math.pow(predicted[i] - test.feh()[i], 2);
            double rmse = Math.sqrt(ss / predicted.length);
            // [Fe/H] spans 2.5 dex uniformly: a constant guess is off by 0.72 dex rms
            assertTrue(rmse < 0.35, architecture + ": held-out RMSE " + rmse);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "transformer"})
    void theSeedFixesTheNetwork(String architecture) {
        CurveData train = SyntheticCurves.sample(200, 1);
        CurveData validation = SyntheticCurves.sample(50, 2);
        NetworkSettings s = SyntheticCurves.small(architecture).withEpochs(3, 3);
        byte[] first = NetworkTrainer.train(train, validation, null, s, Device.cpu(), NetworkTrainer.Progress.NONE).parameters();
        byte[] again = NetworkTrainer.train(train, validation, null, s, Device.cpu(), NetworkTrainer.Progress.NONE).parameters();
        byte[] other = NetworkTrainer.train(train, validation, null, s.withSeed(s.seed() + 1), Device.cpu(),
                NetworkTrainer.Progress.NONE).parameters();
        assertArrayEquals(first, again, "same data, settings and seed");
        assertFalse(java.util.Arrays.equals(first, other), "another seed");
    }
}
