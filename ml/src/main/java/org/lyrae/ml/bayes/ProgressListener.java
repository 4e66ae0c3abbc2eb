package org.lyrae.ml.bayes;

/**
 * Told how far a fit has got, so that a command line can draw a bar. The fit counts one unit per
 * ensemble step (every walker of one ensemble moved once), burn-in included.
 *
 * <p>Ensembles run on several threads; the fit serialises the calls, so {@code done} rises by one
 * each call and ends at {@code total}, but a listener may be called from any of those threads.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
