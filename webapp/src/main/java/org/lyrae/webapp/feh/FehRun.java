package org.lyrae.webapp.feh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lyrae.ml.analysis.AnalysisTable;
import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.ml.analysis.FitPlot;
import org.lyrae.ml.analysis.MetallicityAnnotator;
import org.lyrae.ml.analysis.StarAnalysis;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.webapp.cli.Models;
import uk.ac.starlink.table.StarTableOutput;

/**
 * One light-curve request, as /feh/sync answers it and a /feh/async job runs it: the files through
 * {@link BatchAnalyzer} and {@link MetallicityAnnotator} into {@link AnalysisTable} (the code path of
 * {@code lyrae analyze}, so the numbers are analyze's; like analyze, a file of several that cannot be read is
 * a failed row), then the table, one PNG per star
 * ({@link FitPlot}, as {@code analyze --plot}) and a JSON summary written to a {@link Sink}.
 */
public final class FehRun {
    /** Result names. */
    public static final String RESULT = "result";
    public static final String SUMMARY = "summary";

    /** Where the outputs go: a job's results, or a sync response. */
    public interface Sink {
        OutputStream open(String name, String mimeType) throws IOException;
    }

    private FehRun() {
    }

    /**
     * Runs the request.
     *
     * @param progress told "N of M stars analysed" as stars finish, and what is being done between
     * @throws LightCurveException an unreadable file (which one, where), or too many stars
     */
    public static ObjectNode run(FehParams params, List<BatchAnalyzer.Input> inputs, FehModels models, int threads, int maxStars,
                                 boolean plots, Consumer<String> progress, Sink sink)
            throws LightCurveException, InterruptedException, IOException {
        long t0 = System.nanoTime();
        // one file that cannot be read (or has no usable star) fails the request with the reader's message
        // (file, line, column); among several files (an archive), it is a failed row and the others go on
        BatchAnalyzer batch = new BatchAnalyzer(LightCurveReaders.standard(), params.read(), params.analysis(), params.period(),
                inputs.size() == 1).withMaxStars(maxStars);
        progress.accept("reading " + inputs.size() + " file" + (inputs.size() == 1 ? "" : "s"));
        AtomicInteger total = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] lastSaid = {0};
        List<StarAnalysis> stars = batch.run(inputs, threads, new BatchAnalyzer.Progress() {
            @Override
            public void starsFound(int n) {
                total.set(n);
                progress.accept("0 of " + n + " stars analysed");
            }

            @Override
            public void starDone(StarAnalysis star) {
                int d = done.incrementAndGet();
                synchronized (lastSaid) {
                    long now = System.nanoTime();
                    // a store write per star would slow a job of thousands: at most four a second, and the last
                    if (d < total.get() && now - lastSaid[0] < 250_000_000L) return;
                    lastSaid[0] = now;
                }
                progress.accept(d + " of " + total.get() + " stars analysed");
            }
        });
        long t1 = System.nanoTime();
        MetallicityModels used = null;
        if (!params.models().isEmpty() && stars.stream().anyMatch(StarAnalysis::ok)) {
            progress.accept(total.get() + " of " + total.get() + " stars analysed; [Fe/H] from the models");
            used = models.select(params.models());
            stars = MetallicityAnnotator.annotate(stars, used);
        }
        long t2 = System.nanoTime();
        try (OutputStream out = sink.open(RESULT, params.format().mime)) {
            new StarTableOutput().writeStarTable(AnalysisTable.of(stars), out,
                    new StarTableOutput().getHandler(params.format().stilHandler));
        }
        int plotted = plots ? plots(stars, sink) : 0;
        long t3 = System.nanoTime();
        ObjectNode summary = summary(params, models, used, stars, inputs, plotted, new long[] {t0, t1, t2, t3});
        try (OutputStream out = sink.open(SUMMARY, "application/json")) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, summary);
        }
        return summary;
    }

    /** One PNG per analysed star, named {@code plot-<source_id>.png}; returns how many. */
    private static int plots(List<StarAnalysis> stars, Sink sink) throws IOException {
        Set<String> names = new HashSet<>();
        int n = 0;
        for (StarAnalysis s : stars) {
            if (!s.ok()) continue;
            String base = FitPlot.fileName(s).replaceFirst("\\.png$", "");
            String name = "plot-" + base + ".png";
            for (int k = 2; !names.add(name); k++) name = "plot-" + base + "-" + k + ".png";   // a star in two files
            try (OutputStream out = sink.open(name, "image/png")) {
                FitPlot.write(s, out);
            }
            n++;
        }
        return n;
    }

    private static ObjectNode summary(FehParams params, FehModels models, MetallicityModels used, List<StarAnalysis> stars,
                                      List<BatchAnalyzer.Input> inputs, int plotted, long[] t) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode s = m.createObjectNode();
        long ok = stars.stream().filter(StarAnalysis::ok).count();
        s.put("stars", stars.size());
        s.put("ok", ok);
        s.put("failed", stars.size() - ok);
        s.put("files", inputs.size());
        s.put("band", params.band());
        if (!Double.isNaN(params.period())) s.put("period_given", params.period());
        s.put("plots", plotted);
        ObjectNode mo = s.putObject("models");
        ArrayNode asked = mo.putArray("requested");
        params.models().forEach(asked::add);
        Set<String> ran = new LinkedHashSet<>();
        if (used != null) {
            for (String type : List.of("RRab", "RRc")) for (MetallicityEstimator e : used.forType(type)) ran.add(e.name());
            mo.put("version", used.version());
        }
        ArrayNode r = mo.putArray("used");
        ran.forEach(r::add);
        ArrayNode missing = mo.putArray("not_available");
        for (String name : params.models()) {
            if (!ran.contains(name)) missing.add(name);
        }
        ArrayNode notes = mo.putArray("notes");
        for (String name : params.models()) {
            if (Models.NETWORKS.contains(name) && !models.networkSaved(name)) {
                notes.add("the " + name + " network is not trained on this service: feh_" + name + " stays empty");
            }
        }
        ObjectNode ms = s.putObject("timings_ms");
        ms.put("read_and_fit", (t[1] - t[0]) / 1_000_000);
        ms.put("metallicity", (t[2] - t[1]) / 1_000_000);
        ms.put("write", (t[3] - t[2]) / 1_000_000);
        ms.put("total", (t[3] - t[0]) / 1_000_000);
        ArrayNode failures = s.putArray("failed_stars");
        for (StarAnalysis st : stars) {
            if (st.ok()) continue;
            ObjectNode f = failures.addObject();
            f.put("source_id", st.sourceId());
            f.put("file", st.file());
            f.put("message", st.problem());
        }
        return s;
    }
}
