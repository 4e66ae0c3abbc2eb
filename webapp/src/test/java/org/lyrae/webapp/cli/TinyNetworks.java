package org.lyrae.webapp.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.nn.CurveData;
import org.lyrae.ml.nn.SyntheticShapes;
import org.lyrae.ml.nn.NetworkArtifacts;
import org.lyrae.ml.nn.NetworkCalibration;
import org.lyrae.ml.nn.NetworkCrossValidation;
import org.lyrae.ml.nn.NetworkSettings;

/**
 * TEST FIXTURE, not the science: light-curve networks small enough to train in seconds (hidden size 8,
 * one layer, 2 folds, 2 epochs) on synthetic RRab-like curve shapes ({@link SyntheticShapes}),
 * saved where {@code lyrae train --model ...} saves real ones, so that {@code analyze} and
 * {@code catalogue build} load them. Their values are whatever two epochs learn; the tests check the
 * plumbing (columns, adoption, agreement between the commands), not the accuracy.
 */
public final class TinyNetworks {
    private TinyNetworks() {
    }

    /** Trains each of {@code names} ({@code lstm}, {@code transformer}) into {@code <models>/G/<name>/}. */
    public static List<NetworkCalibration> train(Path models, String... names) throws IOException {
        CurveData data = curves(300, 20261205L);
        List<NetworkCalibration> out = new ArrayList<>();
        for (String name : names) {
            NetworkSettings s = NetworkSettings.defaults(name).withSize(8, 1).withEpochs(2, 2).withFolds(2);
            out.add(NetworkArtifacts.trainAndSave(models, "G", data, List.of("TEST FIXTURE: " + data.size() + " synthetic curve shapes"),
                    "synthetic [Fe/H] written into phi31 (test fixture)", s, Device.cpu(), NetworkCrossValidation.Progress.NONE));
        }
        return out;
    }

    /** Curve shapes with peak-to-peak amplitudes of about 0.2 to 1.4 mag (those of real G RRab). */
    static CurveData curves(int n, long seed) {
        return SyntheticShapes.sample(n, seed, 0.08, 0.60);
    }
}
