package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.feh.BandCalibration;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.feh.ModelArtifacts;
import org.lyrae.ml.feh.ModelTrainer;
import org.lyrae.ml.feh.TrainingSettings;
import org.lyrae.ml.feh.WithNetworks;
import org.lyrae.ml.nn.LstmArchitecture;
import org.lyrae.ml.nn.NetworkArtifacts;
import org.lyrae.ml.nn.NetworkCalibration;
import org.lyrae.ml.nn.TransformerArchitecture;

/**
 * The metallicity models for the command line and the service: the Fourier models loaded from the
 * models folder, or trained there first (with a progress bar) from the calibration samples in the
 * shared data; and the light-curve networks where {@code lyrae train --model lstm|transformer} has
 * saved them (never trained on first use: they take many minutes).
 */
public final class Models {
    private Models() {
    }

    /** The networks {@code analyze} and {@code catalogue build} use, in column order. */
    public static final List<String> NETWORKS = List.of(LstmArchitecture.NAME, TransformerArchitecture.NAME);

    /** The G-band Fourier models (trained first when missing) with the trained networks ({@link #withNetworks}). */
    public static MetallicityModels gBandWithNetworks(Path modelsDir, Path dataDir, PrintStream err, boolean terminal)
            throws IOException {
        return withNetworks(loadOrTrain(modelsDir, dataDir, "G", TrainingSettings.defaults(), err, terminal), modelsDir, err);
    }

    /**
     * {@code fourier} with the G-band networks saved in {@code modelsDir}. Networks not trained stay out
     * (their columns empty), and one line on {@code err} says how to train them.
     */
    public static MetallicityModels withNetworks(MetallicityModels fourier, Path modelsDir, PrintStream err) throws IOException {
        List<MetallicityEstimator> networks = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : NETWORKS) {
            if (!NetworkArtifacts.exists(modelsDir, fourier.band(), name)) {
                missing.add(name);
                continue;
            }
            NetworkCalibration c = NetworkArtifacts.load(modelsDir, fourier.band(), name);
            networks.add(c.estimator());
            versions.add(c.version());
        }
        if (!missing.isEmpty()) {
            err.println("lyrae: no " + String.join(" or ", missing) + " network in " + modelsDir.resolve(fourier.band())
                    + ", so feh_" + String.join(" and feh_", missing) + " stay empty; train "
                    + (missing.size() == 1 ? "it" : "them") + " with "
                    + String.join(" and ", missing.stream().map(n -> "`lyrae train --model " + n + "`").toList())
                    + " (not trained on first use: minutes each)");
        }
        return networks.isEmpty() ? fourier : new WithNetworks(fourier, networks, versions);
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
