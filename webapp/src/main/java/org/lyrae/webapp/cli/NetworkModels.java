package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.lyrae.ml.calib.FoldedCurveSample;
import org.lyrae.ml.nn.Engines;
import org.lyrae.ml.nn.NetworkArtifacts;
import org.lyrae.ml.nn.NetworkCalibration;
import org.lyrae.ml.nn.NetworkSettings;

/**
 * Trains a light-curve network from the shared data with a progress bar over all epochs of all
 * folds (the bar's total is the epoch limit; early-stopped folds jump ahead) and a line per fold.
 */
public final class NetworkModels {
    /** What the networks' labels are, for reports. */
    public static final String LABELS = "photometric [Fe/H] of Gaia DR2 bulge/disc RRab from an I-band light-curve relation "
            + "(Dékány & Grebel 2022, labels_photometric_feh.csv), not spectroscopic";

    private NetworkModels() {
    }

    public static NetworkCalibration train(Path modelsDir, Path dataDir, NetworkSettings settings, String device, int threads,
                                           PrintStream err, boolean terminal) throws IOException {
        err.println("lyrae: building the " + settings.architecture() + " training sample from " + dataDir.resolve(FoldedCurveSample.CURVES));
        FoldedCurveSample.Built sample = FoldedCurveSample.build(dataDir, threads);
        for (String line : sample.log()) err.println("  " + line);
        err.println("lyrae: " + Engines.describe() + "; training on " + Engines.device(device));
        int k = settings.folds();
        int[] shown = {-1, 0};
        ProgressBar[] bar = new ProgressBar[1];
        bar[0] = new ProgressBar(err, terminal, "train " + settings.architecture(), (long) k * settings.maxEpochs(), "epochs");
        NetworkCalibration c = NetworkArtifacts.trainAndSave(modelsDir, "G", sample.data(), sample.log(), LABELS, settings,
                Engines.device(device), (fold, folds, epoch, max, loss, val) -> {
                    long target = (long) fold * max + epoch;
                    if (fold != shown[0]) {
                        if (shown[0] >= 0 && !terminal) err.println();
                        shown[0] = fold;
                    }
                    bar[0].step(target - shown[1]);
                    shown[1] = (int) target;
                    if (!terminal && epoch % 10 == 0) {
                        err.println(String.format(Locale.ROOT, "  fold %d/%d epoch %d: loss %.4f, validation RMSE %.3f dex", fold + 1, folds,
                                epoch, loss, val));
                    }
                });
        bar[0].close();
        err.println("lyrae: " + c.name() + " network " + c.version() + " saved in " + NetworkArtifacts.dir(modelsDir, "G", c.name())
                + " (report.md there)");
        return c;
    }
}
