package org.lyrae.ml.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.ml.feh.SameStarsComparison;
import org.lyrae.ml.feh.SpectroscopicCheck;
import org.lyrae.ml.select.Metrics;

/**
 * The networks measured against the other models: on their own training stars with the Fourier
 * models cross-validated the same way ({@link SameStarsComparison}), and against spectroscopic
 * [Fe/H] on raw Gaia DR3 curves analysed end to end ({@link SpectroscopicCheck}). Written as
 * {@code evaluation.md} beside the network's report.
 */
public final class NetworkEvaluation {
    public static final String FILE = "evaluation.md";

    private NetworkEvaluation() {
    }

    public static String markdown(SameStarsComparison.Result same, List<String> sameLog, List<SpectroscopicCheck.Row> spectroscopic,
                                  List<String> spectroscopicLog) {
        StringBuilder md = new StringBuilder("# Networks and Fourier models compared\n\n");
        md.append("## Photometric labels: the networks' training stars, 10-fold cross-validation\n\n");
        for (String l : sameLog) md.append("- ").append(l).append('\n');
        md.append(String.format(Locale.ROOT, "- compared on %d of %d stars (those with all shape features: order ≥ 3)%n%n",
                same.stars(), same.of()));
        md.append("| model | RMSE (dex) | MAE | bias | R² | within ±1σ |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Metrics> e : same.metrics().entrySet()) row(md, e.getKey(), e.getValue(), Double.NaN, -1);
        md.append("\nThe Fourier models here are refitted on the photometric labels with the shape features "
                + SameStarsComparison.SHAPE_FEATURES + " (the folded curves have no period).\n\n");
        md.append("## Spectroscopic [Fe/H], raw Gaia DR3 curves analysed end to end\n\n");
        for (String l : spectroscopicLog) md.append("- ").append(l).append('\n');
        md.append("\nσ for coverage: √(σ_model² + σ_spec²). The Fourier models' values are out-of-fold predictions of their own "
                + "calibration on these stars (no σ kept).\n\n| model | stars | RMSE (dex) | MAE | bias | R² | within ±1σ | within ±2σ |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (SpectroscopicCheck.Row r : spectroscopic) row(md, r.model(), r.metrics(), r.within2Sigma(), r.stars());
        return md.toString();
    }

    public static void write(Path networkDir, String markdown) throws IOException {
        Files.writeString(networkDir.resolve(FILE), markdown);
    }

    private static void row(StringBuilder md, String name, Metrics m, double in2, int stars) {
        md.append("| ").append(name).append(" | ");
        if (stars >= 0) md.append(stars).append(" | ");
        md.append(f(m.rmse())).append(" | ").append(f(m.mae())).append(" | ").append(f(m.bias())).append(" | ").append(f(m.r2()))
                .append(" | ").append(f(m.inside1Sigma()));
        if (stars >= 0) md.append(" | ").append(f(in2));
        md.append(" |\n");
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
