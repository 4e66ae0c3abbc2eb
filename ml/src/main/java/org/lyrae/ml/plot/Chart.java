package org.lyrae.ml.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A small PNG chart: scatter points with error bars and lines on linear axes, with ticks, labels,
 * a title and notes. Enough for fits and validation plots without a charting dependency; drawn
 * headless with Java2D.
 */
public final class Chart {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x555555)};

    private record Series(double[] x, double[] y, double[] yErr, boolean line, Color color, String label, float size) { }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean yInverted;
    private double[] xRange;
    private double[] yRange;

    public Chart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Magnitudes: brighter up. */
    public Chart invertY() {
        yInverted = true;
        return this;
    }

    public Chart xRange(double min, double max) {
        xRange = new double[] {min, max};
        return this;
    }

    public Chart yRange(double min, double max) {
        yRange = new double[] {min, max};
        return this;
    }

    /** Points, with vertical error bars when {@code yErr} is not null. */
    public Chart points(double[] x, double[] y, double[] yErr, String label) {
        series.add(new Series(x, y, yErr, false, PALETTE[series.size() % PALETTE.length], label, 5f));
        return this;
    }

    public Chart line(double[] x, double[] y, String label) {
        series.add(new Series(x, y, null, true, PALETTE[series.size() % PALETTE.length], label, 2f));
        return this;
    }

    /** A line of text in the corner (fit results, metrics). */
    public Chart note(String text) {
        notes.add(text);
        return this;
    }

    public void writePng(Path file, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(out, width, height);
        }
    }

    public void writePng(OutputStream out, int width, int height) throws IOException {
        ImageIO.write(render(width, height), "png", out);
    }

    public BufferedImage render(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int left = 70;
        int right = width - 20;
        int top = 40;
        int bottom = height - 55;
        double[] xr = xRange != null ? xRange : padded(range(true));
        double[] yr = yRange != null ? yRange : padded(range(false));
        Axis xa = new Axis(xr[0], xr[1], left, right);
        Axis ya = yInverted ? new Axis(yr[0], yr[1], top, bottom) : new Axis(yr[0], yr[1], bottom, top);

        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 15f));
        g.drawString(title, left, 24);
        g.setFont(font);
        g.setColor(new Color(0xdddddd));
        for (double t : ticks(xr[0], xr[1])) g.draw(new Line2D.Double(xa.px(t), top, xa.px(t), bottom));
        for (double t : ticks(yr[0], yr[1])) g.draw(new Line2D.Double(left, ya.px(t), right, ya.px(t)));
        g.setColor(Color.BLACK);
        g.drawRect(left, top, right - left, bottom - top);
        for (double t : ticks(xr[0], xr[1])) {
            String s = format(t);
            g.drawString(s, (float) (xa.px(t) - fm.stringWidth(s) / 2.0), bottom + 16);
        }
        for (double t : ticks(yr[0], yr[1])) {
            String s = format(t);
            g.drawString(s, left - 6 - fm.stringWidth(s), (float) (ya.px(t) + fm.getAscent() / 2.0 - 1));
        }
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2f, height - 18);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(top + bottom + fm.stringWidth(yLabel)) / 2f, 18);
        rotated.dispose();

        Graphics2D plot = (Graphics2D) g.create();
        plot.clipRect(left, top, right - left, bottom - top);
        for (Series s : series) draw(plot, s, xa, ya);
        plot.dispose();

        int y = top + 16;
        for (Series s : series) {
            if (s.label() == null) continue;
            g.setColor(s.color());
            g.fillRect(right - 150, y - 9, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(s.label(), right - 134, y);
            y += 16;
        }
        y = top + 16;
        for (String n : notes) {
            g.drawString(n, left + 8, y);
            y += 16;
        }
        g.dispose();
        return img;
    }

    private static void draw(Graphics2D g, Series s, Axis xa, Axis ya) {
        g.setColor(s.color());
        if (s.line()) {
            g.setStroke(new BasicStroke(s.size()));
            Path2D.Double p = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    started = false;
                    continue;
                }
                if (started) p.lineTo(xa.px(s.x()[i]), ya.px(s.y()[i]));
                else p.moveTo(xa.px(s.x()[i]), ya.px(s.y()[i]));
                started = true;
            }
            g.draw(p);
            return;
        }
        g.setStroke(new BasicStroke(1f));
        double r = s.size() / 2.0;
        for (int i = 0; i < s.x().length; i++) {
            double x = s.x()[i];
            double y = s.y()[i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
            if (s.yErr() != null && Double.isFinite(s.yErr()[i])) {
                g.draw(new Line2D.Double(xa.px(x), ya.px(y - s.yErr()[i]), xa.px(x), ya.px(y + s.yErr()[i])));
            }
            g.fill(new java.awt.geom.Ellipse2D.Double(xa.px(x) - r, ya.px(y) - r, 2 * r, 2 * r));
        }
    }

    private double[] range(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[] v = x ? s.x() : s.y();
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) continue;
                double e = !x && s.yErr() != null && Double.isFinite(s.yErr()[i]) ? s.yErr()[i] : 0;
                lo = Math.min(lo, v[i] - e);
                hi = Math.max(hi, v[i] + e);
            }
        }
        if (lo > hi) return new double[] {0, 1};
        if (lo == hi) return new double[] {lo - 0.5, hi + 0.5};
        return new double[] {lo, hi};
    }

    private static double[] padded(double[] r) {
        double pad = 0.05 * (r[1] - r[0]);
        return new double[] {r[0] - pad, r[1] + pad};
    }

    /** Round tick values, about six over the range. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        // multiples of the step, computed each from its index so that rounding does not accumulate
        for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9 * step; k++) out.add(k * step);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Data to pixels along one axis. */
    private record Axis(double lo, double hi, double p0, double p1) {
        double px(double v) {
            return p0 + (v - lo) / (hi - lo) * (p1 - p0);
        }
    }
}
