package org.lyrae.ml.feh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Run by {@link ModelTrainerTest} in a new JVM: loads the saved models and writes adopted [Fe/H] of a fixed sample. */
public final class PredictInFreshJvm {
    private PredictInFreshJvm() {
    }

    public static void main(String[] args) throws Exception {
        BandCalibration c = ModelArtifacts.load(Path.of(args[0]), "G");
        Estimates e = c.estimate("RRab", SyntheticCalibration.sample(50, 99).features()).adopted();
        List<String> lines = new ArrayList<>();
        for (double v : e.feh()) lines.add(Double.toString(v));
        Files.write(Path.of(args[1]), lines);
    }
}
