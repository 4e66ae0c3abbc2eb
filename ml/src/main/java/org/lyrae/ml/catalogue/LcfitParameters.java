package org.lyrae.ml.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.ml.calib.WhitespaceTable;
import org.lyrae.ml.fourier.PhaseConvention;
import org.lyrae.ml.lc.TarGz;

/**
 * {@code gaia_g_fourier/rrab_g_X_rv_gpr_param.dat}: G-band Fourier parameters of RRab fitted by
 * lcfit (Dékány's program; sine series, so φ31 ≈ 5.0–5.5 for RRab), one row per Gaia DR3 source_id,
 * whitespace-separated with a {@code #} header line naming the columns. The file gives no errors.
 *
 * <p>Used: {@code period}, {@code totamp} (peak-to-peak), {@code A1}–{@code A3}, {@code phi21},
 * {@code phi31} (wrapped to [0, 2π): lcfit writes φ21 unwrapped, e.g. 8.78), {@code meanmag} (the
 * magnitude-averaged mean A0), {@code Nep} (epochs) and {@code order}. R21 = A2/A1, R31 = A3/A1.
 *
 * <p>The intensity-averaged G comes from the smoothed model curve of the same star in
 * {@code synlc_g.tar.gz} ({@code synlc_g/<id>_gpr_syn.dat}: phase and magnitude minus the mean, on a
 * 0.01 grid, padded to phase 1.19): ⟨G⟩_int = meanmag − 2.5 log10(mean over one cycle of
 * 10^(−0.4 Δm)). Without that file the intensity mean is unknown (and so is the distance).
 */
public final class LcfitParameters implements CatalogueSource {
    private final Path paramFile;
    private final Path synlcTarball;

    /** @param synlcTarball the smoothed model curves, or null */
    public LcfitParameters(Path paramFile, Path synlcTarball) {
        this.paramFile = paramFile;
        this.synlcTarball = synlcTarball;
    }

    @Override
    public InputSource input() {
        return InputSource.LCFIT_G_PARAMETERS;
    }

    @Override
    public long expectedStars() {
        try (var lines = Files.lines(paramFile, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Stream open(CatalogueProgress progress) throws IOException {
        Map<Long, Double> intensityOffset = synlcTarball == null ? Map.of() : intensityOffsets(synlcTarball);
        List<CatalogueStar> stars = new ArrayList<>();
        List<Map<String, String>> rows = WhitespaceTable.read(paramFile);
        for (int i = 0; i < rows.size(); i++) {
            try {
                stars.add(star(rows.get(i), intensityOffset));
            } catch (RuntimeException e) {
                progress.problem(paramFile.getFileName() + " row " + (i + 1) + ": " + e.getMessage());
            }
        }
        return CatalogueSource.of(stars);
    }

    private CatalogueStar star(Map<String, String> row, Map<Long, Double> intensityOffset) {
        String idText = row.get("id");
        if (idText == null) throw new IllegalArgumentException("no id");
        long id = Long.parseLong(idText);
        CatalogueStar s = new CatalogueStar(id, input());
        s.type = "RRab";
        s.period = WhitespaceTable.number(row, "period");
        s.epochs = (int) WhitespaceTable.number(row, "Nep");
        s.order = row.get("order") != null ? (int) WhitespaceTable.number(row, "order") : null;
        s.peakToPeak = WhitespaceTable.number(row, "totamp");
        for (int k = 0; k < 3; k++) s.amplitude[k] = WhitespaceTable.number(row, "A" + (k + 1));
        s.r21 = s.amplitude[1] / s.amplitude[0];
        s.r31 = s.amplitude[2] / s.amplitude[0];
        s.phi21Sine = PhaseConvention.wrap(WhitespaceTable.number(row, "phi21"));
        s.phi31Sine = PhaseConvention.wrap(WhitespaceTable.number(row, "phi31"));
        s.meanMag = WhitespaceTable.number(row, "meanmag");
        Double offset = intensityOffset.get(id);
        if (offset != null) s.intensityMeanMag = s.meanMag + offset;
        return s;
    }

    /** −2.5 log10 ⟨10^(−0.4 Δm)⟩ over one cycle of each smoothed curve, by source_id. */
    static Map<Long, Double> intensityOffsets(Path tarball) throws IOException {
        Map<Long, Double> out = new HashMap<>();
        TarGz.read(tarball, (name, content) -> {
            String base = TarGz.baseName(name);
            int us = base.indexOf('_');
            Long id = us > 0 ? CurveSources.sourceId(base.substring(0, us)) : null;
            if (id == null) return;
            double offset = intensityOffset(new String(content, StandardCharsets.US_ASCII));
            if (Double.isFinite(offset)) out.put(id, offset);
        });
        return out;
    }

    /** The offset of one curve ("phase Δm" lines), using the points of phase [0, 1) only. */
    static double intensityOffset(String text) {
        double sum = 0;
        int n = 0;
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 2 || f[0].startsWith("#")) continue;
            double phase;
            double dm;
            try {
                phase = Double.parseDouble(f[0]);
                dm = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (phase < 0 || phase >= 1 - 1e-9 || !Double.isFinite(dm)) continue;
            sum += Math.pow(10, -0.4 * dm);
            n++;
        }
        return n < 10 ? Double.NaN : -2.5 * Math.log10(sum / n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "lcfit parameters %s", paramFile);
    }
}
