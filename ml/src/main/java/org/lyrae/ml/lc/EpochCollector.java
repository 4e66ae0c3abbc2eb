package org.lyrae.ml.lc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the formats put the epochs they read: grouped by star in growable arrays (files may hold many
 * stars, in any order), then cleaned the same way for every format by {@link #finish}.
 *
 * <p>Cleaning, per star: epochs flagged as rejected are dropped ({@value #REJECTED}); epochs whose
 * flux is zero or negative ({@value #NON_POSITIVE_FLUX}); epochs with a non-finite time, magnitude or
 * (when the file has errors) error ({@value #NON_FINITE}); epochs whose error is zero or negative
 * ({@value #BAD_ERROR}: a data error, also described in a warning, or the star's problem in strict
 * mode); points of folded curves that repeat another one cycle later ({@value #PHASE_COPY}). What
 * is left is sorted by time; epochs within {@value #DUPLICATE_DAYS} d of the previous one are duplicates ({@value #DUPLICATE}): one is kept, the one with the smallest error (the first in the
 * file when the errors tie or there are none). A star with fewer than the minimum number of epochs
 * left is a problem, not a curve.
 */
final class EpochCollector {

    static final String REJECTED = "rejected-flag";
    static final String NON_FINITE = "non-finite";
    static final String NON_POSITIVE_FLUX = "non-positive-flux";
    static final String BAD_ERROR = "bad-error";
    static final String DUPLICATE = "duplicate";
    static final String PHASE_COPY = "phase-copy";
    /** Times closer than this (days, or cycles for phases) are one epoch. */
    static final double DUPLICATE_DAYS = 1e-7;
    /** Warnings kept per file; the rest are counted. */
    static final int MAX_WARNINGS = 1000;

    static final byte OK = 0;
    static final byte FLAGGED = 1;
    static final byte FLUX_NOT_POSITIVE = 2;
    /** A point of a folded curve repeated one cycle later (phases past 1 that copy the start of the cycle). */
    static final byte COPY = 3;

    private final String source;
    private final ReadOptions options;
    private final String position;
    private final boolean hasErrors;
    private boolean folded;
    private final Map<String, Star> stars = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private long suppressedWarnings;
    private Star last;
    private long rows;
    private long finiteTimes;
    private long finiteValues;
    private long finiteErrors;

    /**
     * @param source    the file's name for messages
     * @param position  what a position is: {@code line} (text files) or {@code row} (tables)
     * @param hasErrors whether an error column was found
     */
    EpochCollector(String source, ReadOptions options, String position, boolean hasErrors) {
        this.source = source;
        this.options = options;
        this.position = position;
        this.hasErrors = hasErrors;
    }

    /**
     * One epoch.
     *
     * @param err    magnitude error, NaN when the file has none
     * @param status {@link #OK}, {@link #FLAGGED} (rejected by a flag column) or {@link #FLUX_NOT_POSITIVE}
     * @param period the row's period, NaN when none
     */
    void add(String id, double time, double mag, double err, byte status, long pos, double period) {
        Star s = last;
        if (s == null || !s.id.equals(id)) {
            s = stars.computeIfAbsent(id, Star::new);
            last = s;
        }
        rows++;
        if (Double.isFinite(time)) finiteTimes++;
        if (Double.isFinite(mag) || status == FLUX_NOT_POSITIVE) finiteValues++;
        if (Double.isFinite(err)) finiteErrors++;
        if (Double.isNaN(s.period) && period > 0 && Double.isFinite(period)) s.period = period;
        s.add(time, mag, err, status, pos);
    }

    /**
     * For phase-folded curves: points of the same phase are different epochs unless their magnitudes
     * are the same too (phases are rounded, and many cycles fold onto one).
     */
    EpochCollector folded() {
        folded = true;
        return this;
    }

    void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) warnings.add(source + ": " + message);
        else suppressedWarnings++;
    }

    long rows() {
        return rows;
    }

    /**
     * Cleans and returns what was collected.
     *
     * @param timeLabel  how to name the time column in messages (e.g. {@code column 'hjd'})
     * @param valueLabel the magnitude (or flux) column, likewise
     * @param errorLabel the error column, likewise
     * @throws LightCurveException when there was nothing, a whole column was unusable, or no star was usable
     */
    ReadResult finish(String format, String timeSystem, String band, String timeLabel, String valueLabel,
                      String errorLabel) throws LightCurveException {
        if (rows == 0) throw new LightCurveException(source, "holds no epochs (no data rows)");
        if (finiteTimes == 0) {
            throw new LightCurveException(source, timeLabel + " has no finite value in " + rows + " "
                    + plural(position, rows) + " (all NaN or empty)");
        }
        if (finiteValues == 0) {
            throw new LightCurveException(source, valueLabel + " has no finite value in " + rows + " "
                    + plural(position, rows) + " (all NaN or empty)");
        }
        boolean useErrors = hasErrors && finiteErrors > 0;
        if (hasErrors && !useErrors) {
            warn(errorLabel + " has no finite value: errors ignored, the curves have none");
        }
        List<LightCurve> curves = new ArrayList<>();
        List<StarProblem> problems = new ArrayList<>();
        for (Star s : stars.values()) {
            try {
                curves.add(s.clean(band, useErrors, errorLabel));
            } catch (StarException e) {
                problems.add(new StarProblem(source, s.id, e.getMessage()));
            }
        }
        if (suppressedWarnings > 0) {
            warnings.add(source + ": and " + suppressedWarnings + " more warnings like these");
        }
        if (curves.isEmpty()) {
            StringBuilder msg = new StringBuilder();
            if (problems.size() == 1) {
                msg.append("star ").append(problems.get(0).star()).append(": ").append(problems.get(0).problem());
            } else {
                msg.append("none of its ").append(problems.size()).append(" stars is usable: ");
                for (int i = 0; i < Math.min(5, problems.size()); i++) {
                    if (i > 0) msg.append("; ");
                    msg.append("star ").append(problems.get(i).star()).append(": ").append(problems.get(i).problem());
                }
                if (problems.size() > 5) msg.append("; and ").append(problems.size() - 5).append(" more");
            }
            throw new LightCurveException(source, msg.toString());
        }
        return new ReadResult(source, format, timeSystem, curves, problems, warnings);
    }

    private static String plural(String word, long n) {
        return n == 1 ? word : word + "s";
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    /** A star's problem, caught per star. */
    private static final class StarException extends Exception {
        private static final long serialVersionUID = 1L;

        StarException(String message) {
            super(message, null, false, false);
        }
    }

    private final class Star {
        final String id;
        double period = Double.NaN;
        int n;
        double[] t = new double[16];
        double[] m = new double[16];
        double[] e = new double[16];
        long[] pos = new long[16];
        byte[] status = new byte[16];

        Star(String id) {
            this.id = id;
        }

        void add(double time, double mag, double err, byte st, long p) {
            if (n == t.length) {
                int cap = n + (n >> 1) + 16;
                t = Arrays.copyOf(t, cap);
                m = Arrays.copyOf(m, cap);
                e = Arrays.copyOf(e, cap);
                pos = Arrays.copyOf(pos, cap);
                status = Arrays.copyOf(status, cap);
            }
            t[n] = time;
            m[n] = mag;
            e[n] = err;
            pos[n] = p;
            status[n] = st;
            n++;
        }

        LightCurve clean(String band, boolean useErrors, String errorLabel) throws StarException {
            Map<String, Integer> dropped = new LinkedHashMap<>();
            int[] keep = new int[n];
            int k = 0;
            int badErrors = 0;
            int firstBad = -1;
            for (int i = 0; i < n; i++) {
                if (status[i] == FLAGGED) {
                    dropped.merge(REJECTED, 1, Integer::sum);
                } else if (status[i] == COPY) {
                    dropped.merge(PHASE_COPY, 1, Integer::sum);
                } else if (status[i] == FLUX_NOT_POSITIVE) {
                    dropped.merge(NON_POSITIVE_FLUX, 1, Integer::sum);
                } else if (!Double.isFinite(t[i]) || !Double.isFinite(m[i]) || useErrors && !Double.isFinite(e[i])) {
                    dropped.merge(NON_FINITE, 1, Integer::sum);
                } else if (useErrors && e[i] <= 0) {
                    if (options.strict()) {
                        throw new StarException(errorLabel + " is " + num(e[i]) + " at " + position + " " + pos[i]
                                + ": errors must be positive");
                    }
                    dropped.merge(BAD_ERROR, 1, Integer::sum);
                    if (badErrors++ == 0) firstBad = i;
                } else {
                    keep[k++] = i;
                }
            }
            if (badErrors > 0) {
                warn("star " + id + ": dropped " + badErrors + " " + plural("epoch", badErrors)
                        + " with a negative or zero error in " + errorLabel + " (first at " + position + " "
                        + pos[firstBad] + ": " + num(e[firstBad]) + ")");
            }
            sortByTime(keep, k);
            // Duplicates: runs of epochs within DUPLICATE_DAYS of the run's first; keep the smallest error.
            int[] out = new int[k];
            int o = 0;
            int duplicates = 0;
            int dupA = -1;
            int dupB = -1;
            double runStart = Double.NaN;
            for (int j = 0; j < k; j++) {
                int i = keep[j];
                if (o > 0 && t[i] - runStart <= DUPLICATE_DAYS && (!folded || m[i] == m[out[o - 1]])) {
                    int kept = out[o - 1];
                    if (options.strict()) {
                        throw new StarException("time " + num(t[i]) + " appears more than once (" + position + "s "
                                + Math.min(pos[kept], pos[i]) + " and " + Math.max(pos[kept], pos[i])
                                + "): duplicated epochs");
                    }
                    if (duplicates++ == 0) {
                        dupA = kept;
                        dupB = i;
                    }
                    if (useErrors && e[i] < e[kept]) out[o - 1] = i;
                } else {
                    out[o++] = i;
                    runStart = t[i];
                }
            }
            if (duplicates > 0) {
                dropped.put(DUPLICATE, duplicates);
                warn("star " + id + ": dropped " + duplicates + " " + plural("epoch", duplicates)
                        + " with a duplicated time, keeping " + (useErrors ? "the one with the smallest error"
                                : "the first") + " (first at " + position + "s " + Math.min(pos[dupA], pos[dupB])
                        + " and " + Math.max(pos[dupA], pos[dupB]) + ", time " + num(t[dupA]) + ")");
            }
            if (o < options.minEpochs()) {
                StringBuilder msg = new StringBuilder("only ").append(o).append(" usable ").append(plural("epoch", o))
                        .append(", fewer than the ").append(options.minEpochs()).append(" needed");
                if (!dropped.isEmpty()) {
                    msg.append(" (").append(n).append(" read; dropped: ");
                    int c = 0;
                    for (Map.Entry<String, Integer> d : dropped.entrySet()) {
                        if (c++ > 0) msg.append(", ");
                        msg.append(d.getValue()).append(' ').append(d.getKey());
                    }
                    msg.append(')');
                }
                throw new StarException(msg.toString());
            }
            double[] time = new double[o];
            double[] mag = new double[o];
            double[] err = useErrors ? new double[o] : null;
            for (int j = 0; j < o; j++) {
                int i = out[j];
                time[j] = t[i];
                mag[j] = m[i];
                if (err != null) err[j] = e[i];
            }
            // release the buffers: a multi-star file's curves are built one after the other
            t = m = e = null;
            pos = null;
            status = null;
            return new LightCurve(id, band, time, mag, err, period, Collections.unmodifiableMap(dropped));
        }

        /** Sorts the first {@code k} indices by time, ties in file order. */
        private void sortByTime(int[] idx, int k) {
            boolean sorted = true;
            for (int j = 1; j < k && sorted; j++) sorted = t[idx[j - 1]] <= t[idx[j]];
            if (sorted) return;
            Integer[] boxed = new Integer[k];
            for (int j = 0; j < k; j++) boxed[j] = idx[j];
            Arrays.sort(boxed, (a, b) -> {
                int c = Double.compare(t[a], t[b]);
                return c != 0 ? c : Long.compare(pos[a], pos[b]);
            });
            for (int j = 0; j < k; j++) idx[j] = boxed[j];
        }
    }
}
