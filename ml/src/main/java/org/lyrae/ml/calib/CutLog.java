package org.lyrae.ml.calib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a calibration sample was cut down, step by step, for the report: each step's description and
 * the number of stars left after it; notes record per-star decisions (which light curve was used
 * and why, disagreements between sources).
 *
 * @param sample the sample's name
 * @param steps  the cuts in the order applied; the first is the starting set
 * @param notes  per-star remarks, in the order they arose
 */
public record CutLog(String sample, List<Step> steps, List<String> notes) {

    /** {@link #format()} names the removed stars of a step up to this many. */
    private static final int MAX_NAMES = 8;

    /**
     * One cut: what it required, how many stars passed it, and which stars it removed.
     *
     * @param dropped names of the stars this step removed (empty for the first step)
     */
    public record Step(String description, int remaining, List<String> dropped) {
        public Step {
            dropped = List.copyOf(dropped);
        }
    }

    public CutLog {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** Stars left after the last step. */
    public int finalCount() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).remaining();
    }

    /** The steps, one line each ("  description → N", then the stars removed when few), then the notes. */
    public String format() {
        StringBuilder s = new StringBuilder(sample).append('\n');
        for (Step step : steps) {
            s.append(String.format(Locale.ROOT, "  %-96s → %3d", step.description(), step.remaining()));
            int n = step.dropped().size();
            if (n > 0 && n <= MAX_NAMES) s.append("  (−").append(String.join(", ", step.dropped())).append(')');
            else if (n > 0) s.append("  (−").append(n).append(" stars)");
            s.append('\n');
        }
        for (String note : notes) s.append("  note: ").append(note).append('\n');
        return s.toString();
    }

    /** Collects steps and notes while a sample is built. */
    static final class Builder {
        private final String sample;
        private final List<Step> steps = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(String sample) {
            this.sample = sample;
        }

        Builder step(String description, int remaining, List<String> dropped) {
            steps.add(new Step(description, remaining, dropped));
            return this;
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        CutLog build() {
            return new CutLog(sample, steps, notes);
        }
    }
}
