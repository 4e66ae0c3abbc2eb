package org.lyrae.ml.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lyrae.ml.fourier.AnalysisOptions;
import org.lyrae.ml.fourier.FourierFitException;
import org.lyrae.ml.fourier.LightCurveAnalyzer;
import org.lyrae.ml.lc.LightCurve;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.ml.lc.ReadOptions;
import org.lyrae.ml.lc.ReadResult;
import org.lyrae.ml.lc.StarProblem;

/**
 * Files in, one {@link StarAnalysis} per star out, in input order: what both the {@code analyze}
 * command and the light-curve jobs run, so that their numbers are the same. A bad star becomes a
 * failed row and the others go on; an unreadable file is either a failed row or, when
 * {@code failOnUnreadableFile}, an error for the whole batch.
 */
public final class BatchAnalyzer {

    /** Told of the work as it goes, from the worker threads. */
    public interface Progress {
        void starsFound(int total);

        void starDone(StarAnalysis star);
    }

    private final LightCurveReaders readers;
    private final ReadOptions readOptions;
    private final AnalysisOptions analysisOptions;
    private final double givenPeriod;
    private final boolean failOnUnreadableFile;
    private final int maxStars;

    /**
     * @param givenPeriod a period for every star (days), or NaN to use each file's period column or search
     */
    public BatchAnalyzer(LightCurveReaders readers, ReadOptions readOptions, AnalysisOptions analysisOptions, double givenPeriod,
                         boolean failOnUnreadableFile) {
        this(readers, readOptions, analysisOptions, givenPeriod, failOnUnreadableFile, Integer.MAX_VALUE);
    }

    private BatchAnalyzer(LightCurveReaders readers, ReadOptions readOptions, AnalysisOptions analysisOptions, double givenPeriod,
                          boolean failOnUnreadableFile, int maxStars) {
        this.maxStars = maxStars;
        this.readers = readers;
        this.readOptions = readOptions;
        this.analysisOptions = analysisOptions;
        this.givenPeriod = givenPeriod;
        this.failOnUnreadableFile = failOnUnreadableFile;
    }

    /**
     * This batch refusing inputs of more than {@code stars} stars (a service's limit): counted file by
     * file as they are read, so that a flood of stars is refused before it is analysed.
     */
    public BatchAnalyzer withMaxStars(int stars) {
        return new BatchAnalyzer(readers, readOptions, analysisOptions, givenPeriod, failOnUnreadableFile, stars);
    }

    /** A file to read, with the name users know it by (an upload's original name). */
    public record Input(Path path, String name) {
        public static Input of(Path path) {
            return new Input(path, path.getFileName().toString());
        }
    }

    public List<StarAnalysis> run(List<Input> inputs, int threads, Progress progress) throws LightCurveException, InterruptedException {
        List<Object> pending = new ArrayList<>();   // a LightCurve with its file, or a finished (failed) row
        for (Input in : inputs) {
            ReadResult r;
            try {
                r = readers.read(in.path(), readOptions.withSourceName(in.name()));
            } catch (LightCurveException e) {
                if (failOnUnreadableFile) throw e;
                pending.add(StarAnalysis.failed(stem(in.name()), in.name(), null, e.getMessage(), 0));
                continue;
            }
            for (LightCurve lc : r.curves()) pending.add(new Queued(in.name(), lc));
            for (StarProblem p : r.problems()) pending.add(StarAnalysis.failed(p.star(), in.name(), readOptions.band(), p.problem(), 0));
            if (pending.size() > maxStars) {
                throw new LightCurveException(in.name(), "brings the number of stars to " + pending.size() + ", more than the "
                        + maxStars + " one request takes here; send fewer stars per request");
            }
        }
        progress.starsFound(pending.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "lyrae-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StarAnalysis>> futures = new ArrayList<>();
            for (Object o : pending) {
                futures.add(pool.submit(() -> {
                    StarAnalysis s = o instanceof Queued q ? analyze(q) : (StarAnalysis) o;
                    progress.starDone(s);
                    return s;
                }));
            }
            List<StarAnalysis> out = new ArrayList<>(futures.size());
            for (Future<StarAnalysis> f : futures) out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Queued(String file, LightCurve curve) { }

    private StarAnalysis analyze(Queued q) {
        LightCurve lc = q.curve();
        if (!Double.isNaN(givenPeriod)) {
            lc = new LightCurve(lc.id(), lc.band(), lc.time(), lc.mag(), lc.magErr(), givenPeriod, lc.dropped());
        }
        int dropped = lc.dropped().values().stream().mapToInt(Integer::intValue).sum();
        try {
            return new StarAnalysis(lc.id(), q.file(), lc.band(), LightCurveAnalyzer.analyze(lc, analysisOptions), null, dropped);
        } catch (FourierFitException | IllegalArgumentException e) {
            return StarAnalysis.failed(lc.id(), q.file(), lc.band(), e.getMessage(), dropped);
        }
    }

    static String stem(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
