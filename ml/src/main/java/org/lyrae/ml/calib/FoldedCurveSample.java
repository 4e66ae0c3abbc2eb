package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.ml.analysis.StarAnalysis;
import org.lyrae.ml.feh.CurveShape;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.FitFeatures;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.fourier.AnalysisOptions;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.ml.lc.ReadOptions;
import org.lyrae.ml.lc.TarGz;
import org.lyrae.ml.nn.CurveData;

/**
 * The training sample of the light-curve networks: the Gaia DR2 G curves of
 * {@code gaia_g_folded/lc_dev_g.tar.gz} that have a photometric [Fe/H] in
 * {@code labels_photometric_feh.csv} (Dékány &amp; Grebel 2022), each read as a folded curve (period 1),
 * fitted like any other curve and turned into its {@link CurveShape}. The labels are photometric
 * (from an I-band light-curve relation), not spectroscopic. Cuts are logged with counts.
 */
public final class FoldedCurveSample {
    public static final String CURVES = "gaia_g_folded/lc_dev_g.tar.gz";
    public static final String LABELS = "gaia_g_folded/labels_photometric_feh.csv";

    /**
     * The curves and labels, the Fourier features of the same fits (row for row, for the Fourier
     * models' comparison on the same stars), and how they were cut.
     */
    public record Built(CurveData data, FeatureTable features, List<String> log) { }

    private FoldedCurveSample() {
    }

    public static Built build(Path dataDir, int threads) throws IOException {
        Map<String, Double> labels = labels(dataDir.resolve(LABELS));
        List<String> log = new ArrayList<>();
        log.add("labels_photometric_feh.csv: " + labels.size() + " stars with a photometric [Fe/H]");
        Path scratch = Files.createTempDirectory("lyrae-folded-");
        try {
            List<BatchAnalyzer.Input> inputs = new ArrayList<>();
            TarGz.read(dataDir.resolve(CURVES), (name, content) -> {
                String base = TarGz.baseName(name);
                if (!base.endsWith("_bin.dat") || !labels.containsKey(base.substring(0, base.length() - 8))) return;
                Path p = scratch.resolve(base);
                Files.write(p, content);
                inputs.add(BatchAnalyzer.Input.of(p));
            });
            inputs.sort(java.util.Comparator.comparing(BatchAnalyzer.Input::name));
            log.add("with a folded G curve in lc_dev_g.tar.gz: " + inputs.size());
            BatchAnalyzer batch = new BatchAnalyzer(LightCurveReaders.standard(), ReadOptions.defaults().withBand("G").withFormat("folded"),
                    AnalysisOptions.defaults(), Double.NaN, false);
            List<StarAnalysis> done;
            try {
                done = batch.run(inputs, threads, new BatchAnalyzer.Progress() {
                    @Override
                    public void starsFound(int total) {
                    }

                    @Override
                    public void starDone(StarAnalysis star) {
                    }
                });
            } catch (LightCurveException e) {
                throw new IOException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            List<String> ids = new ArrayList<>();
            List<float[]> curves = new ArrayList<>();
            List<Double> feh = new ArrayList<>();
            List<FourierFit> fits = new ArrayList<>();
            int failed = 0;
            int unusable = 0;
            for (StarAnalysis a : done) {
                if (!a.ok()) {
                    failed++;
                    continue;
                }
                float[] shape = CurveShape.of(a.analysis().fit());
                if (!CurveShape.usable(shape)) {
                    unusable++;
                    continue;
                }
                ids.add(a.sourceId());
                fits.add(a.analysis().fit());
                curves.add(shape);
                feh.add(labels.get(a.sourceId()));
            }
            log.add(String.format(Locale.ROOT, "Fourier fit at period 1 (order by BIC) succeeded: %d (%d failed)", done.size() - failed,
                    failed));
            log.add("finite curve shape on " + CurveShape.POINTS + " phases: " + ids.size() + " (" + unusable + " not)");
            return new Built(new CurveData(ids, curves.toArray(float[][]::new), feh.stream().mapToDouble(Double::doubleValue).toArray()),
                    FitFeatures.of(fits), log);
        } finally {
            try (var s = Files.walk(scratch)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Map<String, Double> labels(Path csv) throws IOException {
        Map<String, Double> out = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            if (f.length < 2) continue;
            try {
                double v = Double.parseDouble(f[1].strip());
                if (Double.isFinite(v)) out.put(f[0].strip(), v);
            } catch (NumberFormatException e) {
                throw new IOException(csv.getFileName() + " line " + (i + 1) + ": not a number: " + f[1]);
            }
        }
        return out;
    }
}
