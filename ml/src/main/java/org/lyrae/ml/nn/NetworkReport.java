package org.lyrae.ml.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lyrae.ml.plot.Chart;
import org.lyrae.ml.select.Metrics;

/**
 * The training report of a network: {@code report.md} with the sample, settings, cross-validated
 * metrics against a constant, each fold's training, and PNG plots (out-of-fold prediction against
 * label, residuals against label).
 */
final class NetworkReport {
    private NetworkReport() {
    }

    static void write(NetworkCalibration c, Path dir) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(c.name()).append(" network, band ").append(c.band()).append("\n\n");
        md.append("Version `").append(c.version()).append("`, trained ").append(c.created()).append(" (")
                .append(String.format(Locale.ROOT, "%.0f s", c.seconds())).append(", ").append(c.engine()).append("), data SHA-256 `")
                .append(c.dataHash()).append("`.\n\nLabels: ").append(c.labels()).append(".\n\n## Sample\n\n");
        for (String line : c.sampleLog()) md.append("- ").append(line).append('\n');
        md.append("\n## Settings\n\n`").append(c.estimator().settings()).append("`\n\n");
        md.append("## ").append(c.estimator().settings().folds()).append("-fold cross-validation\n\n");
        md.append("±1σ: fraction of stars whose label lies within the quoted 1σ (σ₀ = ")
                .append(f(c.estimator().baseSigma())).append(" dex plus the ensemble spread).\n\n");
        md.append("| model | RMSE (dex) | MAE | bias | R² | within ±1σ |\n|---|---|---|---|---|---|\n");
        row(md, c.name() + " (out of fold)", c.metrics());
        row(md, "constant (mean label)", c.constant());
        md.append("\n| fold | train | test | best epoch | epochs | validation RMSE | test RMSE | s/epoch |\n|---|---|---|---|---|---|---|---|\n");
        for (NetworkCrossValidation.FoldSummary s : c.folds()) {
            md.append("| ").append(s.fold() + 1).append(" | ").append(s.trainStars()).append(" | ").append(s.testStars()).append(" | ")
                    .append(s.bestEpoch()).append(" | ").append(s.epochsRun()).append(" | ").append(f(s.validationRmse())).append(" | ")
                    .append(f(s.testRmse())).append(" | ").append(String.format(Locale.ROOT, "%.2f", s.secondsPerEpoch())).append(" |\n");
        }
        md.append('\n');
        String tag = c.band() + "_" + c.name();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : c.truth()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] r = new double[c.truth().length];
        for (int i = 0; i < r.length; i++) r[i] = c.predicted()[i] - c.truth()[i];
        Chart pred = new Chart(c.band() + " " + c.name() + ": out-of-fold prediction", "label [Fe/H]", "predicted [Fe/H]")
                .xRange(lo - 0.2, hi + 0.2).yRange(lo - 0.4, hi + 0.4)
                .points(c.truth(), c.predicted(), null, c.name() + String.format(Locale.ROOT, " (RMSE %.3f)", c.metrics().rmse()))
                .line(new double[] {lo - 0.2, hi + 0.2}, new double[] {lo - 0.2, hi + 0.2}, "1:1");
        Chart res = new Chart(c.band() + " " + c.name() + ": residuals", "label [Fe/H]", "predicted - label (dex)")
                .points(c.truth(), r, null, c.name());
        for (String[] p : new String[][] {{tag + "_predicted.png"}, {tag + "_residual_feh.png"}}) {
            Chart chart = p[0].endsWith("_predicted.png") ? pred : res;
            chart.writePng(dir.resolve(p[0]), 900, 600);
            md.append("![").append(p[0]).append("](").append(p[0]).append(")\n");
        }
        Files.writeString(dir.resolve("report.md"), md.toString());
    }

    private static void row(StringBuilder md, String name, Metrics m) {
        md.append("| ").append(name).append(" | ").append(f(m.rmse())).append(" | ").append(f(m.mae())).append(" | ").append(f(m.bias()))
                .append(" | ").append(f(m.r2())).append(" | ").append(Double.isNaN(m.inside1Sigma()) ? "–" : f(m.inside1Sigma())).append(" |\n");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
