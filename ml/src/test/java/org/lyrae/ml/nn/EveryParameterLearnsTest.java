package org.lyrae.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Device;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One epoch of training moves every parameter of every architecture away from its initial value
 * (the same seed with a zero learning rate gives the initial values). A block wired so that a part
 * gets no gradient, as a one-branch ParallelBlock did to a one-way LSTM, fails here.
 */
class EveryParameterLearnsTest {

    static Stream<Arguments> architectures() {
        return Stream.of(Arguments.of(NetworkSettings.lstm().withBidirectional(false)), Arguments.of(NetworkSettings.lstm().withBidirectional(true)),
                Arguments.of(NetworkSettings.transformer()));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void oneEpochMovesEveryParameter(NetworkSettings defaults) {
        NetworkSettings s = defaults.withSize(16, 1).withEpochs(1, 1);
        CurveData data = SyntheticCurves.sample(128, 11);
        CurveData validation = data.subset(new int[] {0, 1, 2, 3});
        Map<String, float[]> before = NetworkParameters.of(s, data.points(), NetworkTrainer.train(data, validation, null,
                s.withLearningRate(0f), Device.cpu(), NetworkTrainer.Progress.NONE).parameters());
        Map<String, float[]> after = NetworkParameters.of(s, data.points(), NetworkTrainer.train(data, validation, null, s,
                Device.cpu(), NetworkTrainer.Progress.NONE).parameters());
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertFalse(Arrays.equals(before.get(name), after.get(name)), s.architecture() + " (bidirectional " + s.bidirectional()
                    + "): " + name + " did not change");
        }
    }
}
