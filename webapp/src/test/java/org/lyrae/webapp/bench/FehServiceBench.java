package org.lyrae.webapp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.fourier.SyntheticCurves;
import org.lyrae.ml.lc.LightCurve;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.TapClient;
import org.lyrae.webapp.TapClient.Part;
import org.lyrae.webapp.TestServers;

/**
 * The light-curve service end to end over HTTP: a /feh/async job of {@value #STARS} synthetic
 * Gaia-like light curves (one CSV table grouped by source_id, generated here by
 * {@link SyntheticCurves}) from the upload to the downloaded result table, with the Fourier models
 * (with and without the per-star plots) and with every model; then the time to the answer of
 * /feh/sync for one shared Gaia DR3 curve with warm models.
 *
 * <p>A benchmark, not a test: {@code mvn -B -o -Pbench test -pl webapp -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FehServiceBench}. Properties: {@code lyrae.bench.models}
 * (the models folder; default the test servers' {@code target/test-models}, Fourier models only; point it
 * at a folder with saved networks to time them too), {@code lyrae.bench.stars} (1000). Writes
 * {@code target/feh-bench.txt}.
 */
class FehServiceBench {
    private static final int STARS = 1000;
    private static final Pattern PHASE = Pattern.compile("<uws:phase>(\\w+)</uws:phase>");
    private static final Pattern START = Pattern.compile("<uws:startTime>([^<]+)</uws:startTime>");
    private static final Pattern END = Pattern.compile("<uws:endTime>([^<]+)</uws:endTime>");

    @Test
    void fehService() throws Exception {
        int stars = Integer.getInteger("lyrae.bench.stars", STARS);
        Path models = Paths.get(System.getProperty("lyrae.bench.models", TestServers.testModels().toString()));
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.dataDir = TestServers.sharedData();
        config.modelsDir = models;
        config.varDir = Files.createTempDirectory("lyrae-feh-bench");
        String feh = TestServers.start(config).feh();
        boolean networks = Files.exists(models.resolve("G/lstm/network.json")) || Files.exists(models.resolve("G/transformer/network.json"));

        long t0 = System.nanoTime();
        byte[] csv = syntheticTable(stars, 20261205);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d synthetic Gaia-like curves (40-70 epochs, 3/4 RRab), one CSV of %.1f MB, generated in %.2f s; %d cores; models %s%s%n",
                stars, csv.length / 1e6, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), models,
                networks ? " (networks saved)" : " (no network saved: MODELS=all runs the Fourier models only)"));

        // the first job trains the Fourier models if the folder has none, and warms the JIT: not timed
        job(feh, syntheticTable(50, 1), "bayes,xgboost", "false", 50, null);
        job(feh, csv, "bayes,xgboost", "false", stars, report.append("async, Fourier models, PLOTS=false: "));
        job(feh, csv, "bayes,xgboost", "true", stars, report.append("async, Fourier models, PLOTS=true:  "));
        job(feh, csv, "all", "true", stars, report.append("async, MODELS=all, PLOTS=true:       "));

        Path curve;
        try (var files = Files.list(TestServers.sharedData().resolve("gaia_dr3_epoch"))) {
            curve = files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        for (String m : List.of("bayes,xgboost", "all")) sync(feh, curve, m, report);

        System.out.println("\n=== /feh ===\n" + report);
        Path out = Path.of("target", "feh-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** Submits, waits (blocking WAIT), fetches summary and result; appends the times when report is not null. */
    private static void job(String feh, byte[] csv, String models, String plots, int stars, StringBuilder report) throws Exception {
        String load = loadAverage();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> created = TapClient.postMultipart(feh + "/async", List.of(
                new Part("UPLOAD", null, null, bytes("lc,param:lc")), new Part("MODELS", null, null, bytes(models)),
                new Part("PLOTS", null, null, bytes(plots)), new Part("PHASE", null, null, bytes("RUN")),
                new Part("lc", "synthetic.csv", "text/csv", csv)));
        assertEquals(303, created.statusCode(), TapClient.text(created));
        String job = created.headers().firstValue("Location").orElseThrow();
        long submitted = System.nanoTime();
        String doc = TapClient.text(TapClient.get(job));
        String phase = group(PHASE, doc);
        while (!phase.equals("COMPLETED") && !phase.equals("ERROR") && !phase.equals("ABORTED")) {
            doc = TapClient.text(TapClient.get(job + "?WAIT=30&PHASE=" + phase));
            phase = group(PHASE, doc);
        }
        assertEquals("COMPLETED", phase, doc);
        long ended = System.nanoTime();
        byte[] result = TapClient.get(job + "/results/result").body();
        double total = (System.nanoTime() - t0) / 1e9;
        JsonNode summary = new ObjectMapper().readTree(TapClient.get(job + "/results/summary").body());
        assertEquals(stars, summary.get("stars").asInt(), summary.toString());
        if (report == null) return;
        double ran = java.time.Duration.between(java.time.Instant.parse(group(START, doc)), java.time.Instant.parse(group(END, doc)))
                .toMillis() / 1e3;
        report.append(String.format(Locale.ROOT, "%6.2f s end to end (upload %.2f s, run %.2f s, result %.1f MB in %.2f s); "
                        + "%d ok, %d failed; models used %s; summary timings %s; load %s -> %s%n",
                total, (submitted - t0) / 1e9, ran, result.length / 1e6, (System.nanoTime() - ended) / 1e9,
                summary.get("ok").asInt(), summary.get("failed").asInt(), summary.at("/models/used"), summary.get("timings_ms"),
                load, loadAverage()));
    }

    /** /feh/sync on one curve: 5 warm-up requests, then 30 timed ones (the whole answer read). */
    private static void sync(String feh, Path curve, String models, StringBuilder report) throws Exception {
        List<Part> parts = List.of(new Part("UPLOAD", null, null, bytes("lc,param:lc")), new Part("MODELS", null, null, bytes(models)),
                new Part("lc", curve.getFileName().toString(), "text/csv", Files.readAllBytes(curve)));
        String load = loadAverage();
        double[] ms = new double[30];
        for (int i = -5; i < ms.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = TapClient.postMultipart(feh + "/sync", parts);
            double took = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, r.statusCode(), TapClient.text(r));
            if (i >= 0) ms[i] = took;
        }
        Arrays.sort(ms);
        report.append(String.format(Locale.ROOT, "sync, one star (%s), MODELS=%s: median %.0f ms, min %.0f, p90 %.0f, max %.0f "
                + "(30 requests after 5 warm-up); load %s -> %s%n", curve.getFileName(), models, ms[15], ms[0], ms[26], ms[29],
                load, loadAverage()));
    }

    /** {@code source_id,time,mag,mag_error}, the stars one after the other. */
    static byte[] syntheticTable(int stars, long seed) {
        SyntheticCurves generator = new SyntheticCurves(seed);
        StringBuilder sb = new StringBuilder("source_id,time,mag,mag_error\n");
        for (int s = 0; s < stars; s++) {
            LightCurve lc = generator.next().lightCurve();
            long id = 4_000_000_000_000_000_000L + s;
            for (int i = 0; i < lc.time().length; i++) {
                sb.append(id).append(',').append(lc.time()[i]).append(',').append(lc.mag()[i]).append(',').append(lc.magErr()[i]).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String group(Pattern p, String doc) {
        Matcher m = p.matcher(doc);
        return m.find() ? m.group(1) : "?";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String loadAverage() {
        return CatalogueBuildBench.loadAverage();
    }
}
