package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.lyrae.ml.feh.BandCalibration;
import org.lyrae.ml.feh.ModelArtifacts;
import org.lyrae.ml.feh.ModelTrainer;
import org.lyrae.ml.feh.TrainingSettings;

/**
 * The metallicity models for the command line and the service: loaded from the models folder, or
 * trained there first (with a progress bar) from the calibration samples in the shared data.
 */
public final class Models {
    private Models() {
    }

    public static BandCalibration loadOrTrain(Path modelsDir, Path dataDir, String band, TrainingSettings settings, PrintStream err,
                                              boolean terminal) throws IOException {
        if (ModelArtifacts.exists(modelsDir, band)) return ModelArtifacts.load(modelsDir, band);
        err.println("lyrae: no " + band + "-band metallicity models in " + modelsDir + "; training them now (once)");
        return train(modelsDir, dataDir, band, settings, err, terminal);
    }

    public static BandCalibration train(Path modelsDir, Path dataDir, String band, TrainingSettings settings, PrintStream err,
                                        boolean terminal) throws IOException {
        ProgressBar[] bar = new ProgressBar[1];
        int[] last = {0};
        ModelTrainer.Progress progress = (done, total, what) -> {
            if (bar[0] == null || done < last[0]) {
                if (bar[0] != null) bar[0].close();
                bar[0] = new ProgressBar(err, terminal, "train " + what.split(":")[0], total, "stages");
                last[0] = 0;
            }
            bar[0].step(done - last[0]);
            last[0] = done;
        };
        BandCalibration c = ModelArtifacts.trainAndSave(modelsDir, band, CalibrationData.samples(dataDir), settings, progress);
        if (bar[0] != null) bar[0].close();
        err.println("lyrae: " + band + "-band models " + c.version() + " saved in " + ModelArtifacts.dir(modelsDir, band)
                + " (report.md there)");
        return c;
    }
}
