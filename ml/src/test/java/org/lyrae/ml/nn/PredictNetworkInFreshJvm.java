package org.lyrae.ml.nn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureTable;

/** Run by {@link NetworkArtifactsTest} in a new JVM: loads a saved network and writes its [Fe/H] and σ of a fixed sample. */
public final class PredictNetworkInFreshJvm {
    private PredictNetworkInFreshJvm() {
    }

    public static void main(String[] args) throws Exception {
        NetworkCalibration c = NetworkArtifacts.load(Path.of(args[0]), "G", args[1]);
        Estimates e = c.estimator().predict(NetworkArtifactsTest.table(SyntheticCurves.sample(40, 99)));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) lines.add(e.feh()[i] + " " + e.sigma()[i]);
        Files.write(Path.of(args[2]), lines);
    }
}
