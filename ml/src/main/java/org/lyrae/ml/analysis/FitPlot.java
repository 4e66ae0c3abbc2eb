package org.lyrae.ml.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lyrae.ml.fourier.FoldedCurve;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.plot.Chart;

/**
 * One PNG per star for a person to look at: the folded data over two cycles (clipped epochs apart)
 * with the Fourier model, and the fit's main numbers.
 */
public final class FitPlot {
    private FitPlot() {
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    /** Writes {@code <dir>/<source_id>.png} and returns its path; null for a star without a fit. */
    public static Path write(StarAnalysis star, Path dir) throws IOException {
        if (!star.ok()) return null;
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName(star));
        chart(star).writePng(file, WIDTH, HEIGHT);
        return file;
    }

    /** Writes the PNG of a star with a fit to {@code out} (a job's result, no file in between). */
    public static void write(StarAnalysis star, OutputStream out) throws IOException {
        chart(star).writePng(out, WIDTH, HEIGHT);
    }

    /** The file name of a star's plot: {@code <source_id>.png}, made plain. */
    public static String fileName(StarAnalysis star) {
        return safeName(star.sourceId()) + ".png";
    }

    private static Chart chart(StarAnalysis star) {
        FourierFit f = star.analysis().fit();
        FoldedCurve c = star.analysis().folded();
        double mean = f.meanMagnitude().value();
        double[] ph = c.observedPhase();
        double[] mag = c.observedMag();
        boolean[] used = c.observedUsed();
        int nUsed = 0;
        for (boolean u : used) if (u) nUsed++;
        double[][] in = new double[2][2 * nUsed];
        double[][] out = new double[2][2 * (ph.length - nUsed)];
        int a = 0;
        int b = 0;
        for (int i = 0; i < ph.length; i++) {
            for (int cycle = 0; cycle < 2; cycle++) {
                if (used[i]) {
                    in[0][a] = ph[i] + cycle;
                    in[1][a++] = mag[i] + mean;
                } else {
                    out[0][b] = ph[i] + cycle;
                    out[1][b++] = mag[i] + mean;
                }
            }
        }
        double[] mp = c.modelPhase();
        double[] mm = c.modelMag();
        double[] lx = new double[2 * mp.length + 1];
        double[] ly = new double[lx.length];
        for (int i = 0; i < lx.length; i++) {
            int j = i % mp.length;
            lx[i] = mp[j] + i / mp.length;
            ly[i] = mm[j] + mean;
        }
        String band = star.band() == null ? "" : star.band() + " ";
        Chart chart = new Chart(star.sourceId(), "phase (phi1 = 0)", band + "magnitude").invertY().xRange(0, 2)
                .points(in[0], in[1], null, "used (" + f.epochsUsed() + ")");
        if (b > 0) chart.points(out[0], out[1], null, "clipped (" + f.epochsClipped() + ")");
        chart.line(lx, ly, "Fourier order " + f.order())
                .note(String.format(Locale.ROOT, "P = %.7f d%s", f.period().value(), f.periodGiven() ? " (given)"
                        : String.format(Locale.ROOT, " +/- %.1e", f.period().error())))
                .note(String.format(Locale.ROOT, "amplitude %.3f mag, R21 %.3f, R31 %.3f", f.peakToPeakAmplitude().value(),
                        f.r21().value(), f.r31().value()))
                .note(String.format(Locale.ROOT, "phi31 %.3f (sine, lcfit) / %.3f (cosine, Gaia) rad", f.phi31Sine().value(),
                        f.phi31Cosine().value()));
        if (!f.flags().isEmpty()) chart.note("flags: " + f.flags());
        return chart;
    }

    /** Identifiers become file names: keep them plain. */
    static String safeName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_.+-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "star" + s : s;
    }
}
