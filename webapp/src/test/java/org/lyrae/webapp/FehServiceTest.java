package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.webapp.TapClient.Part;
import org.lyrae.webapp.TestServers.Backend;
import org.lyrae.webapp.cli.AnalyzeCommand;
import org.lyrae.webapp.feh.FehExecutor;
import org.lyrae.webapp.feh.FehModels;
import org.lyrae.webapp.feh.FehParams;
import org.lyrae.webapp.feh.FehRun;
import uk.ac.starlink.table.StarTable;

/**
 * The light-curve service /feh against {@code lyrae analyze} on the 59 shared Gaia DR3 curves, over
 * plain HTTP and pyvo's UWS client, on H2 and PostgreSQL; progress, the sync limits, malformed
 * uploads and 20 jobs from 4 clients at once.
 */
class FehServiceTest {
    private static final Path PYVO_SCRIPT = Paths.get("src/test/python/feh_async_client.py");
    private static final Path CURL_SCRIPT = Paths.get("src/test/sh/feh_curl_job.sh");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern PHASE = Pattern.compile("<uws:phase>(\\w+)</uws:phase>");
    private static final Pattern JOB_INFO = Pattern.compile("<uws:jobInfo>([^<]*)</uws:jobInfo>");
    private static final Pattern MESSAGE = Pattern.compile("<uws:message>([^<]*)</uws:message>");
    private static final Pattern RESULT = Pattern.compile("<uws:result id=\"([^\"]+)\"");

    private static List<Path> curves;
    private static byte[] zip;
    private static StarTable analyzed;

    /** The 59 curves, zipped as one upload, and analyze's table of the same files (models trained here if missing). */
    @BeforeAll
    static void analyzeTheSharedCurves() throws Exception {
        try (var files = Files.list(TestServers.sharedData().resolve("gaia_dr3_epoch"))) {
            curves = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(59, curves.size());
        zip = zip(curves);
        Path out = Files.createTempFile("lyrae-analyze-", ".vot");
        List<String> args = new ArrayList<>(List.of("--models", TestServers.testModels().toString(), "--data",
                TestServers.sharedData().toString(), "--out", out.toString()));
        curves.forEach(c -> args.add(c.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AnalyzeCommand.run(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        analyzed = TapClient.read(Files.readAllBytes(out), "votable");
        Files.delete(out);
    }

    /**
     * One upload of the 59 curves (a zip) over plain HTTP: COMPLETED, jobInfo with the count, the result
     * passes votlint and equals analyze's table cell for cell, a PNG per analysed star, the summary.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSharedCurvesInOneUploadGiveAnalyzesTable(Backend backend) throws Exception {
        String feh = TestServers.get(backend).feh();
        String job = submit(feh + "/async", zip, "curves.zip", "PHASE", "RUN", "MODELS", "all");
        List<String> seen = new ArrayList<>();
        String doc = waitFinal(job, seen);
        assertEquals("COMPLETED", phase(doc), doc);
        // progress while it ran (the engine clears jobInfo at the end)
        assertFalse(seen.isEmpty(), "no jobInfo seen while the job was EXECUTING");
        assertTrue(seen.stream().anyMatch(s -> s.matches("\\d+ of 59 stars analysed.*")), seen.toString());

        byte[] result = get(job + "/results/result").body();
        votlint(result);
        StarTable table = TapClient.read(result, "votable");
        assertSameTable(analyzed, table);

        JsonNode summary = new ObjectMapper().readTree(get(job + "/results/summary").body());
        assertEquals(59, summary.get("stars").asInt());
        assertEquals(59, summary.get("ok").asInt() + summary.get("failed").asInt());
        int ok = summary.get("ok").asInt();
        assertTrue(ok >= 50, "stars analysed: " + ok);
        assertTrue(summary.at("/models/used").toString().contains("bayes"), summary.toString());
        assertTrue(summary.at("/timings_ms/total").asLong() >= 0);
        List<String> plots = results(doc).stream().filter(r -> r.startsWith("plot-")).toList();
        assertEquals(ok, plots.size(), "one plot per analysed star");
        byte[] png = get(job + "/results/" + plots.get(0)).body();
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        System.out.println("feh " + backend + ": 59 stars, " + ok + " ok; jobInfo seen while running: " + seen);
    }

    /** Plain curl (create with the upload and PHASE=RUN, WAIT, fetch) gets analyze's table too. */
    @Test
    void curlRunsAJobOnTheSharedCurves() throws Exception {
        Path upload = Files.createTempFile("lyrae-curves-", ".zip");
        Path result = Files.createTempFile("lyrae-result-", ".vot");
        Files.write(upload, zip);
        try {
            Process p = new ProcessBuilder("bash", CURL_SCRIPT.toString(), TestServers.get(Backend.H2).feh(), upload.toString(),
                    result.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "curl script still running: " + log);
            assertEquals(0, p.exitValue(), log);
            assertEquals("COMPLETED", log.strip(), log);
            byte[] body = Files.readAllBytes(result);
            votlint(body);
            assertSameTable(analyzed, TapClient.read(body, "votable"));
        } finally {
            Files.delete(upload);
            Files.delete(result);
        }
    }

    /** pyvo's AsyncTAPJob (create with an inline upload, run, wait, fetch_result) gets analyze's numbers. */
    @Test
    void pyvoRunsAJobOnTheSharedCurves() throws Exception {
        Path upload = Files.createTempFile("lyrae-curves-", ".zip");
        Files.write(upload, zip);
        try {
            JsonNode r = ClientChecks.runScript(PYVO_SCRIPT, 300, TestServers.get(Backend.POSTGRES).feh(), upload.toString());
            assertEquals("COMPLETED", r.get("phase").asText(), r.toString());
            assertTrue(r.get("results").toString().contains("\"result\""));
            assertTrue(r.get("results").toString().contains("\"summary\""));
            JsonNode rows = r.get("rows");
            assertEquals(59, rows.size());
            List<String> names = columnNames(analyzed);
            for (int i = 0; i < 59; i++) {
                Object[] want = analyzed.getRow(i);
                JsonNode got = rows.get(i);
                for (String c : List.of("source_id", "status", "period", "feh", "feh_error", "feh_bayes", "feh_xgb", "r21", "phi31_sine")) {
                    Object w = want[names.indexOf(c)];
                    JsonNode g = got.get(c);
                    if (w == null || w instanceof Double d && d.isNaN()) {
                        assertTrue(g.isNull() || g.asText().isEmpty(), c + " of row " + i + ": " + g);
                    } else if (w instanceof Double d) {
                        assertEquals(d, g.asDouble(), 0.0, c + " of row " + i);
                    } else {
                        assertEquals(w.toString(), g.asText(), c + " of row " + i);
                    }
                }
            }
        } finally {
            Files.delete(upload);
        }
    }

    /**
     * The progress messages of a run: "0 of 59" when the stars are known, counts that only grow, "59 of
     * 59" at the end; the models are loaded once and kept.
     */
    @Test
    void progressCountsTheStarsAsTheyFinish() throws Exception {
        FehParams params = FehParams.from(new MapParams("UPLOAD", "lc,param:lc", "MODELS", "bayes"));
        List<String> said = new ArrayList<>();
        FehModels models = new FehModels(TestServers.testModels(), TestServers.sharedData());
        FehRun.run(params, curves.stream().map(BatchAnalyzer.Input::of).toList(), models, 2, 1000, false, said::add,
                (name, mime) -> OutputStream.nullOutputStream());
        // loaded once, not per request
        org.junit.jupiter.api.Assertions.assertSame(models.all(), models.all());
        List<Integer> counts = new ArrayList<>();
        for (String s : said) {
            Matcher m = Pattern.compile("^(\\d+) of 59 stars analysed").matcher(s);
            if (m.find()) counts.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(0, counts.get(0), said.toString());
        assertEquals(59, counts.get(counts.size() - 1), said.toString());
        for (int i = 1; i < counts.size(); i++) assertTrue(counts.get(i) >= counts.get(i - 1), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.contains("[Fe/H]")), said.toString());
    }

    /** /feh/sync: one star at once (analyze's row); more stars or bytes than its limits: 413 pointing to /feh/async. */
    @Test
    void syncAnswersSmallInputsAndPointsToAsyncBeyond() throws Exception {
        LyraeConfig config = TestServers.get(Backend.H2).service().config;
        String feh = TestServers.get(Backend.H2).feh();
        Path first = curves.get(0);
        HttpResponse<byte[]> one = TapClient.postMultipart(feh + "/sync", List.of(new Part("UPLOAD", null, null, bytes("lc,param:lc")),
                new Part("lc", first.getFileName().toString(), "text/csv", Files.readAllBytes(first))));
        assertEquals(200, one.statusCode(), TapClient.text(one));
        StarTable row = TapClient.read(one.body(), "votable");
        assertEquals(1, row.getRowCount());
        assertSameRow(analyzed, 0, row, 0);   // the star named by the file name sent, as analyze names it

        int tooMany = config.fehSyncMaxStars + 1;
        HttpResponse<byte[]> many = TapClient.postMultipart(feh + "/sync", List.of(new Part("UPLOAD", null, null, bytes("lc,param:lc")),
                new Part("lc", "curves.zip", "application/zip", zip(curves.subList(0, tooMany)))));
        assertEquals(413, many.statusCode(), TapClient.text(many));
        assertTrue(TapClient.text(many).contains("QUERY_STATUS\" value=\"ERROR\""), TapClient.text(many));
        assertTrue(TapClient.text(many).contains("/feh/async"), TapClient.text(many));

        byte[] big = new byte[(int) config.fehSyncMaxBytes + 1];
        java.util.Arrays.fill(big, (byte) '1');
        HttpResponse<byte[]> huge = TapClient.postMultipart(feh + "/sync", List.of(new Part("UPLOAD", null, null, bytes("lc,param:lc")),
                new Part("lc", "big.csv", "text/csv", big)));
        assertEquals(413, huge.statusCode(), TapClient.text(huge));
        assertTrue(TapClient.text(huge).contains("/feh/async"), TapClient.text(huge));
    }

    /**
     * Malformed uploads end their job in ERROR with a message saying what is wrong (and where); a bad
     * star in a good upload is a failed row of a COMPLETED job; the service goes on answering.
     */
    @Test
    void malformedUploadsGetClearErrorsAndTheServerStaysUp() throws Exception {
        String feh = TestServers.get(Backend.H2).feh();
        assertError(feh, new byte[0], "empty.csv", "empty");
        assertError(feh, bytes("<!DOCTYPE html><html><head><title>Not found</title></head><body><p>no such page</p></body></html>\n"),
                "page.html", "page.html: is an HTML page");
        assertError(feh, bytes("a,b,c\n1,2,3\n4,5,6\n7,8,9\n"), "columns.csv", "columns.csv");
        byte[] png = new byte[4096];
        new java.util.Random(1).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        assertError(feh, png, "noise.bin", "noise.bin");
        // a value that is not a number: the message names the file and the line
        String good = Files.readString(curves.get(0));
        String[] lines = good.split("\n");
        lines[5] = lines[5].replaceFirst(",[^,]+,([^,]+),([^,]+)$", ",abc,$1,$2");
        String bad = String.join("\n", lines) + "\n";
        assertError(feh, bytes(bad), "1191510003353849472.csv", "1191510003353849472.csv: column 'mag'", "line 6, column 4: 'abc'");
        // bombs: 600 MiB of zeros, gzip-compressed and zipped, beyond the unpacking budget
        long bomb = TestServers.get(Backend.H2).service().config.fehMaxUnpackedBytes + (1 << 20);
        assertError(feh, gzipZeros(bomb), "bomb.csv.gz", "zip or gzip bomb");
        assertError(feh, zipZeros(bomb), "bomb.zip", "zip or gzip bomb");
        // more stars than a job takes, in one table: refused before any is analysed
        int max = TestServers.get(Backend.H2).service().config.fehMaxStars;
        StringBuilder many = new StringBuilder("source_id,time,mag,mag_error\n");
        for (int i = 0; i <= max; i++) {
            for (int e = 0; e < 3; e++) many.append(i + 1).append(",1.").append(e).append(",15.").append(e).append(",0.01\n");
        }
        assertError(feh, bytes(many.toString()), "many.csv", "many.csv: brings the number of stars to " + (max + 1) + ", more than the " + max);

        // a bad star among good ones: its row says why, the job completes
        byte[] mixed = zip(List.of(curves.get(0), curves.get(1)), "short.csv", bytes(",time,fase,mag,flux,flux_error\n"
                + "0,1715.07,0.7,11.19,625442.8,478.2\n1,1738.37,0.35,10.93,798461.9,484.6\n"));
        String job = submit(feh + "/async", mixed, "mixed.zip", "PHASE", "RUN", "MODELS", "bayes,xgboost", "PLOTS", "false");
        String doc = waitFinal(job, new ArrayList<>());
        assertEquals("COMPLETED", phase(doc), doc);
        StarTable t = TapClient.read(get(job + "/results/result").body(), "votable");
        assertEquals(3, t.getRowCount());
        List<String> names = columnNames(t);
        int failed = 0;
        for (int i = 0; i < 3; i++) {
            if ("failed".equals(t.getCell(i, names.indexOf("status")))) {
                failed++;
                assertEquals("short.csv", t.getCell(i, names.indexOf("file")));
                assertFalse(String.valueOf(t.getCell(i, names.indexOf("message"))).isBlank());
            }
        }
        assertEquals(1, failed);

        // still up
        String avail = TapClient.text(get(feh + "/availability"));
        assertTrue(avail.contains("<vosi:available>true</vosi:available>"), avail);
        assertTrue(TapClient.text(get(feh + "/capabilities")).contains(feh + "/async"));
        assertTrue(TapClient.text(get(feh)).contains("pyvo"));
        // a bad parameter is refused at creation, with nothing stored
        HttpResponse<byte[]> badModel = TapClient.postMultipart(feh + "/async", List.of(new Part("UPLOAD", null, null, bytes("lc,param:lc")),
                new Part("MODELS", null, null, bytes("bayes,nonsense")), new Part("lc", "x.csv", "text/csv", bytes("1,2\n"))));
        assertEquals(400, badModel.statusCode());
        assertTrue(TapClient.text(badModel).contains("nonsense"), TapClient.text(badModel));
    }

    /**
     * Jobs asking for a network that is saved here are of the network kind, which prefers a GPU; all
     * others (Fourier models only, or networks not trained here) are of the CPU kind, never waiting for
     * a GPU. A network asked for but not trained leaves its column empty and says so in the summary.
     */
    @Test
    void networkJobsAreTheirOwnKindPreferringAGpu(@org.junit.jupiter.api.io.TempDir Path models) throws Exception {
        FehModels here = new FehModels(models, TestServers.sharedData());
        assertEquals(FehExecutor.FOURIER, FehExecutor.kindOf(FehParams.from(new MapParams("UPLOAD", "lc,param:lc")), here));
        Files.createDirectories(models.resolve("G/lstm"));
        Files.writeString(models.resolve("G/lstm/network.json"), "{}");
        assertEquals(FehExecutor.NETWORKS, FehExecutor.kindOf(FehParams.from(new MapParams("UPLOAD", "lc,param:lc")), here));
        assertEquals(FehExecutor.NETWORKS, FehExecutor.kindOf(FehParams.from(new MapParams("UPLOAD", "lc,param:lc",
                "MODELS", "bayes,lstm")), here));
        assertEquals(FehExecutor.FOURIER, FehExecutor.kindOf(FehParams.from(new MapParams("UPLOAD", "lc,param:lc",
                "MODELS", "bayes,xgboost,transformer")), here));
        assertEquals(org.lyrae.uws.Device.GPU, FehExecutor.networks(here, new LyraeConfig()).prefers());
        assertEquals(org.lyrae.uws.Device.CPU, FehExecutor.networks(here, new LyraeConfig()).needs());
        assertEquals(org.lyrae.uws.Device.CPU, FehExecutor.fourier(here, new LyraeConfig()).prefers());

        // the test servers have no network: MODELS=lstm runs as a CPU job, feh_lstm empty, the summary says why
        String feh = TestServers.get(Backend.H2).feh();
        String job = submit(feh + "/async", Files.readAllBytes(curves.get(0)), curves.get(0).getFileName().toString(),
                "PHASE", "RUN", "MODELS", "bayes,lstm", "PLOTS", "false");
        String doc = waitFinal(job, new ArrayList<>());
        assertEquals("COMPLETED", phase(doc), doc);
        JsonNode summary = new ObjectMapper().readTree(get(job + "/results/summary").body());
        assertEquals("[\"bayes\"]", summary.at("/models/used").toString());
        assertEquals("[\"lstm\"]", summary.at("/models/not_available").toString());
        assertTrue(summary.at("/models/notes").toString().contains("lstm network is not trained"), summary.toString());
        StarTable t = TapClient.read(get(job + "/results/result").body(), "votable");
        List<String> names = columnNames(t);
        Object lstm = t.getCell(0, names.indexOf("feh_lstm"));
        assertTrue(lstm == null || lstm instanceof Double d && d.isNaN(), String.valueOf(lstm));
        Object xgb = t.getCell(0, names.indexOf("feh_xgb"));
        assertTrue(xgb == null || xgb instanceof Double d && d.isNaN(), "xgboost was not asked for: " + xgb);
        assertFalse(((Double) t.getCell(0, names.indexOf("feh_bayes"))).isNaN(), "feh_bayes");
    }

    /**
     * With networks saved (tiny ones, trained here), a network job gives every network's [Fe/H] and the
     * adopted value exactly as {@code analyze} gives them for the same files and models folder.
     */
    @Test
    void networkJobsGiveAnalyzesNetworkValues(@org.junit.jupiter.api.io.TempDir Path models) throws Exception {
        try (var files = Files.walk(TestServers.testModels().resolve("G"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = models.resolve(TestServers.testModels().relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        org.lyrae.webapp.cli.TinyNetworks.train(models, "lstm", "transformer");
        List<Path> five = curves.subList(0, 5);
        Path out = Files.createTempFile("lyrae-analyze-", ".vot");
        List<String> args = new ArrayList<>(List.of("--models", models.toString(), "--data", TestServers.sharedData().toString(),
                "--out", out.toString()));
        five.forEach(c -> args.add(c.toString()));
        assertEquals(0, AnalyzeCommand.run(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), false));
        StarTable expected = TapClient.read(Files.readAllBytes(out), "votable");
        Files.delete(out);

        FehModels here = new FehModels(models, TestServers.sharedData());
        FehParams params = FehParams.from(new MapParams("UPLOAD", "lc,param:lc", "MODELS", "all"));
        assertEquals(FehExecutor.NETWORKS, FehExecutor.kindOf(params, here));
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        FehRun.run(params, five.stream().map(BatchAnalyzer.Input::of).toList(), here, 2, 1000, false, s -> { },
                (name, mime) -> name.equals("result") ? result : OutputStream.nullOutputStream());
        StarTable got = TapClient.read(result.toByteArray(), "votable");
        assertEquals(5, got.getRowCount());
        int withNetworks = 0;
        for (String column : List.of("feh_lstm", "feh_lstm_error", "feh_transformer", "feh_transformer_error", "feh", "feh_error",
                "feh_model_version")) {
            int g = columnNames(got).indexOf(column);
            int e = columnNames(expected).indexOf(column);
            for (int r = 0; r < 5; r++) {
                assertEquals(expected.getCell(r, e), got.getCell(r, g), column + " row " + r);
                if (column.equals("feh_lstm") && got.getCell(r, g) instanceof Double d && !d.isNaN()) withNetworks++;
            }
        }
        assertTrue(withNetworks >= 3, "stars with an LSTM value: " + withNetworks);
    }

    /** 20 jobs submitted at once by 4 clients (on PostgreSQL, the distributed store): all COMPLETED. */
    @Test
    void twentyJobsFromFourClientsAllFinish() throws Exception {
        String feh = TestServers.get(Backend.POSTGRES).feh();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path curve = curves.get(i);
                jobs.add(clients.submit(() -> submit(feh + "/async", Files.readAllBytes(curve), curve.getFileName().toString(),
                        "PHASE", "RUN", "MODELS", "bayes,xgboost", "PLOTS", "false", "RESPONSEFORMAT", "csv")));
            }
            List<Future<String>> done = new ArrayList<>();
            for (Future<String> j : jobs) {
                String url = j.get(60, TimeUnit.SECONDS);
                done.add(clients.submit(() -> waitFinal(url, new ArrayList<>())));
            }
            for (Future<String> d : done) assertEquals("COMPLETED", phase(d.get(300, TimeUnit.SECONDS)));
        } finally {
            clients.shutdownNow();
        }
    }

    // --- helpers ---

    /** Submits a job with one upload named lc and the given parameters; returns the job's URL. */
    static String submit(String list, byte[] content, String fileName, String... params) throws IOException, InterruptedException {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("UPLOAD", null, null, bytes("lc,param:lc")));
        for (int i = 0; i + 1 < params.length; i += 2) parts.add(new Part(params[i], null, null, bytes(params[i + 1])));
        parts.add(new Part("lc", fileName, "application/octet-stream", content));
        HttpResponse<byte[]> r = TapClient.postMultipart(list, parts);
        assertEquals(303, r.statusCode(), TapClient.text(r));
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Waits for the job to end (blocking WAIT); returns its document. Records jobInfo seen while EXECUTING. */
    static String waitFinal(String job, List<String> seen) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            String doc = TapClient.text(get(job));
            String phase = phase(doc);
            if (phase.equals("COMPLETED") || phase.equals("ERROR") || phase.equals("ABORTED")) return doc;
            Matcher m = JOB_INFO.matcher(doc);
            if (phase.equals("EXECUTING") && m.find() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(m.group(1)))) {
                seen.add(m.group(1));
            }
            Thread.sleep(100);
        }
        fail("job " + job + " did not end");
        return null;
    }

    private static String assertError(String feh, byte[] content, String fileName, String... words) throws Exception {
        String job = submit(feh + "/async", content, fileName, "PHASE", "RUN", "MODELS", "bayes", "PLOTS", "false");
        String doc = waitFinal(job, new ArrayList<>());
        assertEquals("ERROR", phase(doc), doc);
        Matcher m = MESSAGE.matcher(doc);
        assertTrue(m.find(), doc);
        String error = TapClient.text(get(job + "/error"));
        assertTrue(error.contains("QUERY_STATUS\" value=\"ERROR\""), error);
        String message = m.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        for (String w : words) assertTrue(message.contains(w), fileName + ": " + message);
        return message;
    }

    static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String phase(String doc) {
        Matcher m = PHASE.matcher(doc);
        assertTrue(m.find(), doc);
        return m.group(1);
    }

    private static List<String> results(String doc) {
        List<String> out = new ArrayList<>();
        Matcher m = RESULT.matcher(doc);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(List<Path> files) throws IOException {
        return zip(files, null, null);
    }

    private static byte[] zip(List<Path> files, String extraName, byte[] extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry("gaia_dr3_epoch/" + f.getFileName()));
                Files.copy(f, z);
                z.closeEntry();
            }
            if (extraName != null) {
                z.putNextEntry(new ZipEntry(extraName));
                z.write(extra);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] gzipZeros(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out, 1 << 16)) {
            writeZeros(g, n);
        }
        return out.toByteArray();
    }

    private static byte[] zipZeros(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zeros.csv"));
            writeZeros(z, n);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static void writeZeros(OutputStream o, long n) throws IOException {
        byte[] block = new byte[1 << 20];
        for (long w = 0; w < n; w += block.length) o.write(block, 0, (int) Math.min(block.length, n - w));
    }

    /** Runs STILTS votlint on a VOTable; fails on any error or warning it reports. */
    static void votlint(byte[] votable) throws Exception {
        Path f = Files.createTempFile("lyrae-feh-", ".vot");
        Files.write(f, votable);
        try {
            Process p = new ProcessBuilder("stilts", "votlint", "votable=" + f).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.isBlank(), "votlint: " + out);
        } finally {
            Files.delete(f);
        }
    }

    static List<String> columnNames(StarTable t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getColumnCount(); i++) out.add(t.getColumnInfo(i).getName());
        return out;
    }

    /** Same columns (names, units, UCDs) and the same value in every cell. */
    static void assertSameTable(StarTable want, StarTable got) throws IOException {
        assertEquals(columnNames(want), columnNames(got));
        assertEquals(want.getRowCount(), got.getRowCount());
        for (int c = 0; c < want.getColumnCount(); c++) {
            assertEquals(want.getColumnInfo(c).getUnitString(), got.getColumnInfo(c).getUnitString());
            assertEquals(want.getColumnInfo(c).getUCD(), got.getColumnInfo(c).getUCD());
        }
        for (int r = 0; r < want.getRowCount(); r++) assertSameRow(want, r, got, r);
    }

    static void assertSameRow(StarTable want, int wr, StarTable got, int gr) throws IOException {
        Object[] a = want.getRow(wr);
        Object[] b = got.getRow(gr);
        for (int c = 0; c < a.length; c++) {
            String what = want.getColumnInfo(c).getName() + " of row " + wr;
            if (a[c] instanceof Double x && b[c] instanceof Double y) {
                assertEquals(0, Double.compare(x, y), what + ": " + x + " vs " + y);
            } else {
                assertEquals(a[c], b[c], what);
            }
        }
    }

    /** DALI parameters from name/value pairs, for calling the core directly. */
    private record MapParams(String... nv) implements org.lyrae.webapp.http.DaliParams {
        @Override
        public List<String> all(String name) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 1 < nv.length; i += 2) if (nv[i].equalsIgnoreCase(name)) out.add(nv[i + 1]);
            return out;
        }

        @Override
        public InlinePart part(String name) {
            return null;
        }
    }
}
