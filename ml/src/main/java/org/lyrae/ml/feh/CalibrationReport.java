package org.lyrae.ml.feh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.ml.bayes.ParameterSummary;
import org.lyrae.ml.plot.Chart;
import org.lyrae.ml.select.CurvePoint;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.SelectionResult;

/**
 * The training report: {@code report.md} with the samples, the selected features, the
 * cross-validated metrics of every model (with their spread over repeats), the posterior of the
 * linear relation and XGBoost's parameters, and PNG plots of the validation.
 */
final class CalibrationReport {
    private CalibrationReport() {
    }

    static void write(BandCalibration c, Path dir) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Metallicity models, band ").append(c.band()).append("\n\n");
        md.append("Version `").append(c.version()).append("`, trained ").append(c.created()).append(", data SHA-256 `")
                .append(c.dataHash()).append("`. Phases: ").append(c.phaseConvention()).append(".\n\n");
        md.append("## Samples\n\n");
        for (String line : c.sampleLog()) md.append("- ").append(line).append('\n');
        for (TypeCalibration t : c.types()) type(md, t, dir);
        Files.writeString(dir.resolve("report.md"), md.toString());
    }

    private static void type(StringBuilder md, TypeCalibration t, Path dir) throws IOException {
        String tag = t.band() + "_" + t.type();
        md.append("\n## ").append(t.band()).append(' ').append(t.type()).append(": ").append(t.stars()).append(" stars\n\n");
        md.append("Candidate features (known for every star): ").append(t.candidates()).append("\n\n");
        md.append("### Cross-validated metrics\n\nMean over repeats, [2.5–97.5 %] over repeats; ±1σ is the fraction of stars whose "
                + "spectroscopic [Fe/H] lies within the quoted 1σ (68 % when honest).\n\n");
        md.append("| model | RMSE (dex) | MAE | bias | R² | within ±1σ |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, ModelMetrics> e : t.metrics().entrySet()) {
            ModelMetrics m = e.getValue();
            md.append("| ").append(e.getKey()).append(" | ").append(range(m, Metrics::rmse)).append(" | ").append(range(m, Metrics::mae))
                    .append(" | ").append(range(m, Metrics::bias)).append(" | ").append(range(m, Metrics::r2)).append(" | ")
                    .append(range(m, Metrics::inside1Sigma)).append(" |\n");
        }
        md.append("\n### Feature selection\n\n| method | scored by | selected | CV RMSE of the selection |\n|---|---|---|---|\n");
        for (SelectionResult s : t.selections()) {
            md.append("| ").append(s.method()).append(" | ").append(s.model()).append(" | ").append(s.selected()).append(" | ")
                    .append(f(s.chosen().rmse())).append(" |\n");
        }
        md.append("\nThe linear relation uses `sfs/forward` scored by `ols`; XGBoost uses `sfs/forward` scored by `xgboost`. "
                + "Rule of each selector: ").append(t.selections().isEmpty() ? "" : t.selections().get(0).rule()).append("\n\n");
        if (t.bayes() != null) {
            md.append("### Bayesian linear relation\n\n[Fe/H] = c0 + Σ c_j x_j on ").append(t.bayes().features())
                    .append(", with errors in the features and in [Fe/H] and an intrinsic scatter.\n\n| parameter | median | 16 % | 84 % |\n|---|---|---|---|\n");
            List<ParameterSummary> ps = new ArrayList<>(t.bayes().summary().coefficients());
            ps.add(t.bayes().summary().scatter());
            for (ParameterSummary p : ps) {
                md.append("| ").append(p.name()).append(" | ").append(f(p.median())).append(" | ").append(f(p.p16())).append(" | ")
                        .append(f(p.p84())).append(" |\n");
            }
            md.append("\nSampler: ").append(t.bayes().convergence().message()).append("\n\n");
        }
        if (t.xgboost() != null) {
            md.append("### XGBoost\n\nFeatures ").append(t.xgboost().features()).append("; parameters chosen by inner 3-fold CV: ")
                    .append(t.xgboost().params()).append(".\n\n");
        }
        List<String> plots = plots(t, dir, tag);
        for (String p : plots) md.append("![").append(p).append("](").append(p).append(")\n");
    }

    private static List<String> plots(TypeCalibration t, Path dir, String tag) throws IOException {
        List<String> files = new ArrayList<>();
        OutOfFold o = t.outOfFold();
        if (o.predicted().isEmpty()) return files;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : o.truth()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        Chart pred = new Chart(t.band() + " " + t.type() + ": out-of-fold prediction", "spectroscopic [Fe/H]", "predicted [Fe/H]")
                .xRange(lo - 0.2, hi + 0.2).yRange(lo - 0.4, hi + 0.4);
        Chart resFeh = new Chart(t.band() + " " + t.type() + ": residuals", "spectroscopic [Fe/H]", "predicted - spectroscopic (dex)");
        Chart resP = new Chart(t.band() + " " + t.type() + ": residuals against period", "period (d)", "predicted - spectroscopic (dex)");
        for (Map.Entry<String, double[]> e : o.predicted().entrySet()) {
            double[] r = new double[o.truth().length];
            for (int i = 0; i < r.length; i++) r[i] = e.getValue()[i] - o.truth()[i];
            String label = e.getKey() + String.format(Locale.ROOT, " (RMSE %.3f)", t.metrics().get(e.getKey()).mean().rmse());
            pred.points(o.truth(), e.getValue(), null, label);
            resFeh.points(o.truth(), r, null, e.getKey());
            resP.points(o.period(), r, null, e.getKey());
        }
        pred.line(new double[] {lo - 0.2, hi + 0.2}, new double[] {lo - 0.2, hi + 0.2}, "1:1");
        files.add(save(pred, dir, tag + "_predicted.png"));
        files.add(save(resFeh, dir, tag + "_residual_feh.png"));
        files.add(save(resP, dir, tag + "_residual_period.png"));
        Chart curves = new Chart(t.band() + " " + t.type() + ": feature selection", "number of features", "CV RMSE (dex)");
        for (SelectionResult s : t.selections()) {
            double[] x = s.curve().stream().mapToDouble(CurvePoint::size).toArray();
            double[] y = s.curve().stream().mapToDouble(CurvePoint::rmse).toArray();
            curves.line(x, y, s.method() + " / " + s.model());
        }
        files.add(save(curves, dir, tag + "_selection.png"));
        return files;
    }

    private static String save(Chart c, Path dir, String name) throws IOException {
        c.writePng(dir.resolve(name), 900, 600);
        return name;
    }

    private static String range(ModelMetrics m, java.util.function.ToDoubleFunction<Metrics> f) {
        double v = f.applyAsDouble(m.mean());
        if (Double.isNaN(v)) return "–";
        return f(v) + " [" + f(f.applyAsDouble(m.low())) + ", " + f(f.applyAsDouble(m.high())) + "]";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
