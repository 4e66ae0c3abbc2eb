package org.lyrae.webapp.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the terminal (standard error, so that piped standard output stays clean),
 * redrawn in place at most ten times a second; silent when not on a terminal, except for a
 * closing summary line.
 */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDrawn;

    public ProgressBar(PrintStream out, boolean terminal, String label, long total, String unit) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    /** On standard error, drawn only when the process has a console. */
    public static ProgressBar onConsole(String label, long total, String unit) {
        return new ProgressBar(System.err, System.console() != null, label, total, unit);
    }

    public synchronized void step(long n) {
        done += n;
        long now = System.nanoTime();
        if (terminal && (now - lastDrawn > 100_000_000L || done >= total)) {
            lastDrawn = now;
            out.print("\r" + line());
            out.flush();
        }
    }

    String line() {
        double f = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(f * WIDTH);
        double seconds = (System.nanoTime() - started) / 1e9;
        String eta = done > 0 && done < total ? String.format(Locale.ROOT, ", %.0f s left", seconds / done * (total - done)) : "";
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d %s (%.1f s%s)", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, unit, seconds, eta);
    }

    @Override
    public synchronized void close() {
        if (terminal) out.print("\r" + line() + "\n");
        else out.println(line());
        out.flush();
    }
}
