package org.lyrae.ml.bayes;

/** Counts steps from several ensemble threads and hands a listener one rising count at a time. */
final class SerialProgress implements Runnable {
    private final ProgressListener listener;
    private final long total;
    private long done;

    SerialProgress(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    @Override
    public synchronized void run() {
        listener.progress(++done, total);
    }
}
