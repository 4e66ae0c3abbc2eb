package org.lyrae.ml.catalogue;

/**
 * Told how a catalogue build goes, so that a command line can draw a bar: stages one after the other,
 * each with a total (−1 when unknown) and steps; problems with single stars as they are found.
 * Called from the building thread and, during light-curve analysis, from worker threads.
 */
public interface CatalogueProgress {

    CatalogueProgress NONE = new CatalogueProgress() {
        @Override
        public void stage(String name, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void problem(String message) {
        }
    };

    /** A new stage begins (the previous one, if any, is over). */
    void stage(String name, long total);

    void advance(long steps);

    /** A star that could not be catalogued, and why. */
    void problem(String message);
}
