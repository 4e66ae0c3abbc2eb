package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.calib.FoldedCurveSample;
import org.lyrae.ml.calib.SpectroscopicCurves;
import org.lyrae.ml.feh.BandCalibration;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.SameStarsComparison;
import org.lyrae.ml.feh.SpectroscopicCheck;
import org.lyrae.ml.feh.TrainingSettings;
import org.lyrae.ml.feh.TypeCalibration;
import org.lyrae.ml.nn.LstmArchitecture;
import org.lyrae.ml.nn.NetworkEvaluation;
import org.lyrae.ml.nn.TransformerArchitecture;
import org.lyrae.ml.select.Prediction;
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
        evaluate(modelsDir, dataDir, sample, c, err, terminal);
        return c;
    }

    /** {@link #evaluate} of a network saved earlier. */
    public static void evaluateSaved(Path modelsDir, Path dataDir, String name, PrintStream err, boolean terminal) throws IOException {
        if (!NetworkArtifacts.exists(modelsDir, "G", name)) {
            throw new IOException("no " + name + " network in " + modelsDir + ": train it first (lyrae train --model " + name + ")");
        }
        FoldedCurveSample.Built sample = FoldedCurveSample.build(dataDir, Runtime.getRuntime().availableProcessors());
        evaluate(modelsDir, dataDir, sample, NetworkArtifacts.load(modelsDir, "G", name), err, terminal);
    }

    /**
     * Compares every trained network with the Fourier models: on the training stars (same folds) and
     * against spectroscopic [Fe/H] on the raw DR3 curves; writes {@code evaluation.md} and prints it.
     */
    static void evaluate(Path modelsDir, Path dataDir, FoldedCurveSample.Built sample, NetworkCalibration trained, PrintStream err,
                         boolean terminal) throws IOException {
        err.println("lyrae: comparing with the Fourier models (same stars and folds; spectroscopic stars end to end)");
        Map<String, Prediction> oof = new LinkedHashMap<>();
        List<MetallicityEstimator> networks = new ArrayList<>();
        for (String name : List.of(LstmArchitecture.NAME, TransformerArchitecture.NAME)) {
            NetworkCalibration n = name.equals(trained.name()) ? trained
                    : NetworkArtifacts.exists(modelsDir, "G", name) ? NetworkArtifacts.load(modelsDir, "G", name) : null;
            if (n == null) continue;
            networks.add(n.estimator());
            if (n.ids().equals(sample.data().ids())) oof.put(name, new Prediction(n.predicted(), n.sigma()));
        }
        NetworkSettings s = trained.estimator().settings();
        SameStarsComparison.Result same = SameStarsComparison.run(sample.features(), sample.data().feh(), oof, s.folds(), s.seed());
        BandCalibration fourier = Models.loadOrTrain(modelsDir, dataDir, "G", TrainingSettings.defaults(), err, terminal);
        TypeCalibration rrab = fourier.types().stream().filter(t -> t.type().equals("RRab")).findFirst().orElse(null);
        SpectroscopicCurves spec = SpectroscopicCurves.build(dataDir);
        List<Integer> ab = new ArrayList<>();
        for (int i = 0; i < spec.types().size(); i++) if (spec.types().get(i).equals("RRab")) ab.add(i);
        List<SpectroscopicCheck.Row> rows = SpectroscopicCheck.run(ab.stream().map(spec.names()::get).toList(),
                spec.features().subset(ab), ab.stream().mapToDouble(i -> spec.feh()[i]).toArray(),
                ab.stream().mapToDouble(i -> spec.fehError()[i]).toArray(), networks, rrab);
        String md = NetworkEvaluation.markdown(same, sample.log(), rows, spec.log());
        NetworkEvaluation.write(NetworkArtifacts.dir(modelsDir, "G", trained.name()), md);
        err.println(md);
    }
}
