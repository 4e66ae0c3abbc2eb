package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lyrae.ml.feh.BandCalibration;
import org.lyrae.ml.feh.ModelMetrics;
import org.lyrae.ml.feh.TrainingSettings;
import org.lyrae.ml.feh.TypeCalibration;
import org.lyrae.ml.nn.LstmArchitecture;
import org.lyrae.ml.nn.NetworkCalibration;
import org.lyrae.ml.nn.NetworkSettings;
import org.lyrae.ml.nn.TransformerArchitecture;

/**
 * {@code lyrae train}: builds the calibration samples from the shared data, selects features,
 * cross-validates and fits the metallicity models, and saves them with a report under the models
 * folder ({@code var/models/<band>/} by default).
 */
public final class TrainCommand {
    public static final String USAGE = String.join("\n",
            "usage: java -jar lyrae.jar train [--model bayes|xgboost|lstm|transformer|all] [--band G|I] [--models DIR] [--data DIR]",
            "                                 [--repeats N] [--folds K] [--epochs N] [--patience N] [--density-weighting] [--device D]",
            "  --model    which models to train (default all: the Fourier models bayes and xgboost; the networks are trained on their own)",
            "  --band     G (Gaia G, the default) or I (ground-based parameters of the spectroscopic stars)",
            "  --models   where models are kept (default var/models)",
            "  --data     the shared data folder (default ../shared/data)",
            "  --repeats  repeats of the 5-fold cross-validation of the Fourier models (default 5)",
            "  networks (lstm, transformer; G band, on the folded Gaia G curves with photometric labels):",
            "  --folds    k of their k-fold cross-validation, also the size of the ensemble (default 10)",
            "  --epochs   at most this many epochs per fold (default 150); --patience N: early stopping (default 15)",
            "  --density-weighting  weight stars by 1/(density of their label)",
            "  --bidirectional      lstm: read the curve both ways (default: one way, as good in CV, half the cost)",
            "  --device   auto (GPU when there is one), cpu or gpu",
            "  --evaluate-only  do not train: compare the saved network with the other models again (evaluation.md)");

    private TrainCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) throws IOException {
        String band = "G";
        Path models = Paths.get("var", "models");
        Path data = Paths.get("..", "shared", "data");
        TrainingSettings settings = TrainingSettings.defaults();
        String network = null;
        NetworkSettings net = null;
        Integer folds = null;
        Integer epochs = null;
        Integer patience = null;
        boolean density = false;
        boolean bothWays = false;
        String device = "auto";
        boolean evaluateOnly = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--model":
                        String m = args[++i].toLowerCase(Locale.ROOT);
                        if (m.equals("all")) break;
                        if (m.equals(LstmArchitecture.NAME) || m.equals(TransformerArchitecture.NAME)) {
                            network = m;
                            break;
                        }
                        if (!TrainingSettings.ALL_MODELS.contains(m)) {
                            throw new IllegalArgumentException("--model is bayes, xgboost, lstm, transformer or all, not " + m);
                        }
                        settings = settings.withModels(Set.of(m));
                        break;
                    case "--band":
                        band = args[++i].toUpperCase(Locale.ROOT);
                        if (!band.equals("G") && !band.equals("I")) throw new IllegalArgumentException("--band is G or I, not " + band);
                        break;
                    case "--models": models = Paths.get(args[++i]); break;
                    case "--data": data = Paths.get(args[++i]); break;
                    case "--repeats": settings = settings.withRepeats(Integer.parseInt(args[++i])); break;
                    case "--folds": folds = Integer.parseInt(args[++i]); break;
                    case "--epochs": epochs = Integer.parseInt(args[++i]); break;
                    case "--patience": patience = Integer.parseInt(args[++i]); break;
                    case "--density-weighting": density = true; break;
                    case "--bidirectional": bothWays = true; break;
                    case "--device": device = args[++i]; break;
                    case "--evaluate-only": evaluateOnly = true; break;
                    case "-h": case "--help": out.println(USAGE); return 0;
                    default: throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("lyrae train: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            err.println(USAGE);
            return 2;
        }
        if (network != null) {
            if (!band.equals("G")) {
                err.println("lyrae train: the networks are trained on Gaia G curves only (--band G)");
                return 2;
            }
            if (evaluateOnly) {
                NetworkModels.evaluateSaved(models, data, network, err, terminal);
                return 0;
            }
            if (bothWays && !network.equals(LstmArchitecture.NAME)) {
                err.println("lyrae train: --bidirectional is an lstm option");
                return 2;
            }
            net = NetworkSettings.defaults(network).withDensityWeighting(density);
            if (bothWays) net = net.withBidirectional(true);
            if (folds != null) net = net.withFolds(folds);
            if (epochs != null || patience != null) {
                net = net.withEpochs(epochs == null ? net.maxEpochs() : epochs, patience == null ? net.patience() : patience);
            }
            NetworkCalibration c = NetworkModels.train(models, data, net, device, Runtime.getRuntime().availableProcessors(), err, terminal);
            var m = c.metrics();
            out.println(String.format(Locale.ROOT, "G RRab %s (%d stars, %d-fold CV against %s):", c.name(), c.ids().size(),
                    net.folds(), "photometric labels"));
            out.println(String.format(Locale.ROOT, "  RMSE %.3f / MAE %.3f / bias %+.3f / R2 %.2f / within 1 sigma %.0f%% (constant: RMSE %.3f)",
                    m.rmse(), m.mae(), m.bias(), m.r2(), 100 * m.inside1Sigma(), c.constant().rmse()));
            return 0;
        }
        BandCalibration c = Models.train(models, data, band, settings, err, terminal);
        for (TypeCalibration t : c.types()) {
            out.println(t.band() + " " + t.type() + " (" + t.stars() + " stars), cross-validated RMSE / bias / R2 / within 1 sigma:");
            for (Map.Entry<String, ModelMetrics> e : t.metrics().entrySet()) {
                var m = e.getValue().mean();
                out.println(String.format(Locale.ROOT, "  %-9s %.3f / %+.3f / %.2f / %s", e.getKey(), m.rmse(), m.bias(), m.r2(),
                        Double.isNaN(m.inside1Sigma()) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * m.inside1Sigma())));
            }
        }
        return 0;
    }
}
