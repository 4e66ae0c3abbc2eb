package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Jobs survive crashes, with real processes on PostgreSQL: a server and two worker processes,
 * 100 TAP jobs and 10 light-curve (/feh) jobs, one worker and then the server killed with SIGKILL
 * mid-run, the server restarted.
 * Every job must end COMPLETED (TAP jobs may safely run again) or ERROR with a reason, none may
 * stay stuck, and each completed job has exactly its own result.
 */
class WorkerFaultTest {
    private static final int JOBS = 100;
    private static final int FEH_JOBS = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void jobsSurviveKilledWorkersAndServer() throws Exception {
        String url = TestServers.freshPostgresDatabase("faults");
        Path dir = Files.createTempDirectory("lyrae-faults");
        int port = freePort();
        String tap = "http://127.0.0.1:" + port + "/tap";
        String feh = "http://127.0.0.1:" + port + "/feh";
        // the light-curve jobs' Fourier models, trained once here so that no process trains them
        new org.lyrae.webapp.feh.FehModels(TestServers.testModels(), TestServers.sharedData()).all();
        List<Path> curves;
        try (var files = Files.list(TestServers.sharedData().resolve("gaia_dr3_epoch"))) {
            curves = files.filter(p -> p.toString().endsWith(".csv")).sorted().limit(FEH_JOBS).toList();
        }
        List<Process> all = new ArrayList<>();
        try {
            Process server = start(dir, "server1", List.of("serve", "--port", Integer.toString(port), "--db", url, "--workers", "0",
                    "--jobs-dir", dir.resolve("jobs").toString()));
            all.add(server);
            waitUntilUp(tap, server, dir.resolve("server1.log"));
            assertTrue(get(tap + "/availability").body().contains("no job worker is alive"));
            Process w1 = start(dir, "worker1", List.of("worker", "--db", url, "--threads", "2", "--jobs-dir", dir.resolve("jobs").toString()));
            Process w2 = start(dir, "worker2", List.of("worker", "--db", url, "--threads", "2", "--jobs-dir", dir.resolve("jobs").toString()));
            all.add(w1);
            all.add(w2);
            waitForLine(dir.resolve("worker1.log"), "Lyrae worker");
            waitForLine(dir.resolve("worker2.log"), "Lyrae worker");
            String availability = get(tap + "/availability").body();
            assertTrue(availability.contains("job workers alive: 2 cpu"), availability);

            // a WAIT on the web node is woken by the worker process finishing (LISTEN/NOTIFY), not by a poll
            waitForCompleted(tap, 0, 1);
            String first = submit(tap, -1);
            long t0 = System.nanoTime();
            String firstPhase = "";
            for (int i = 0; i < 4 && !firstPhase.equals("COMPLETED"); i++) {
                Matcher m = Pattern.compile("<uws:phase>(\\w+)</uws:phase>").matcher(get(tap + "/async/" + first + "?WAIT=30").body());
                assertTrue(m.find());
                firstPhase = m.group(1);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals("COMPLETED", firstPhase);
            assertTrue(seconds < 4, "blocking WAIT across processes took " + seconds + " s");
            get(tap + "/async/" + first).body();
            HTTP.send(HttpRequest.newBuilder(URI.create(tap + "/async/" + first)).DELETE().build(), HttpResponse.BodyHandlers.ofString());

            Map<String, Integer> jobs = new HashMap<>();
            Map<String, String> fehJobs = new HashMap<>();
            for (int i = 0; i < JOBS; i++) {
                jobs.put(submit(tap, i), i);
                if (i % (JOBS / FEH_JOBS) == 0) {
                    Path c = curves.get(fehJobs.size());
                    fehJobs.put(submitCurve(feh, c), c.getFileName().toString().replace(".csv", ""));
                }
            }

            waitForCompleted(tap, 15, 60);
            w1.destroyForcibly().waitFor();           // SIGKILL: no goodbye, its leases just expire
            waitForCompleted(tap, 40, 90);
            server.destroyForcibly().waitFor();
            Process server2 = start(dir, "server2", List.of("serve", "--port", Integer.toString(port), "--db", url, "--workers", "0",
                    "--jobs-dir", dir.resolve("jobs").toString()));
            all.add(server2);
            waitUntilUp(tap, server2, dir.resolve("server2.log"));

            long deadline = System.currentTimeMillis() + 150_000;
            Map<String, String> phases = phases(tap);
            while (System.currentTimeMillis() < deadline && phases.values().stream().anyMatch(p -> !p.equals("COMPLETED") && !p.equals("ERROR"))) {
                Thread.sleep(1000);
                phases = phases(tap);
            }
            Map<String, String> fehPhases = phases(feh);
            while (System.currentTimeMillis() < deadline && fehPhases.values().stream().anyMatch(p -> !p.equals("COMPLETED") && !p.equals("ERROR"))) {
                Thread.sleep(1000);
                fehPhases = phases(feh);
            }
            assertEquals(JOBS, phases.size(), "jobs lost: " + phases.size());
            assertEquals(FEH_JOBS, fehPhases.size(), "light-curve jobs lost: " + fehPhases);
            for (Map.Entry<String, String> j : fehJobs.entrySet()) {
                String phase = fehPhases.get(j.getKey());
                String doc = get(feh + "/async/" + j.getKey()).body();
                if ("ERROR".equals(phase)) {
                    assertTrue(doc.contains("<uws:message>"), "ERROR without a reason: " + doc);
                    continue;
                }
                assertEquals("COMPLETED", phase, "light-curve job " + j.getKey() + " is stuck: " + doc);
                String result = get(feh + "/async/" + j.getKey() + "/results/result").body();
                assertTrue(result.contains("<TD>" + j.getValue() + "</TD>"), "a light-curve job holds another star: " + result);
            }
            for (Map.Entry<String, Integer> j : jobs.entrySet()) {
                String phase = phases.get(j.getKey());
                assertNotNull(phase, "job " + j.getKey() + " vanished");
                if (phase.equals("ERROR")) {
                    String doc = get(tap + "/async/" + j.getKey()).body();
                    assertTrue(doc.contains("<uws:message>"), "ERROR without a reason: " + doc);
                    continue;
                }
                assertEquals("COMPLETED", phase, "job " + j.getKey() + " is stuck");
                String result = get(tap + "/async/" + j.getKey() + "/results/result").body();
                Matcher m = Pattern.compile("<TD>(\\d+)</TD>").matcher(result);
                assertTrue(m.find(), result);
                assertEquals(j.getValue().intValue(), Integer.parseInt(m.group(1)), "a job holds another job's result");
            }
            // the crash path really ran: jobs of the killed worker were claimed again
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM uws.jobs WHERE attempts > 1")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "no job was re-run after the worker was killed");
            }
            long completed = phases.values().stream().filter("COMPLETED"::equals).count();
            assertTrue(completed >= JOBS - 5, "TAP jobs are re-run after a lost worker; only " + completed + " completed");
        } finally {
            for (Process p : all) p.destroyForcibly();
        }
    }

    private static String submit(String tap, int i) throws Exception {
        String q = "SELECT " + i + " AS k, COUNT(*) AS n FROM lyrae.crts_rrlyrae AS a, lyrae.calibrators AS b WHERE a.period > b.period";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tap + "/async"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TapClient.form(TapClient.query(q, "PHASE", "RUN")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r.body());
        String loc = r.headers().firstValue("Location").orElseThrow();
        return loc.substring(loc.lastIndexOf('/') + 1);
    }

    private static String submitCurve(String feh, Path curve) throws Exception {
        HttpResponse<byte[]> r = TapClient.postMultipart(feh + "/async", List.of(
                new TapClient.Part("UPLOAD", null, null, "lc,param:lc".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new TapClient.Part("lc", curve.getFileName().toString(), "text/csv", Files.readAllBytes(curve)),
                new TapClient.Part("MODELS", null, null, "bayes,xgboost".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new TapClient.Part("PLOTS", null, null, "false".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new TapClient.Part("PHASE", null, null, "RUN".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(303, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        String loc = r.headers().firstValue("Location").orElseThrow();
        return loc.substring(loc.lastIndexOf('/') + 1);
    }

    private static Map<String, String> phases(String tap) throws Exception {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("<uws:jobref id=\"([^\"]+)\"[^>]*>\\s*<uws:phase>(\\w+)</uws:phase>").matcher(get(tap + "/async").body());
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    private static void waitForCompleted(String tap, int n, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (phases(tap).values().stream().filter("COMPLETED"::equals).count() >= n) return;
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + n + " jobs completed in " + seconds + " s");
    }

    private static void waitForLine(Path log, String text) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) return;
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + text + "' in " + log + ": " + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Path dir, String name, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dlyrae.var=" + dir.resolve(name + "-var"), "-Dlyrae.data=" + TestServers.sharedData(),
                "-Dlyrae.models=" + TestServers.testModels(), "org.lyrae.webapp.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private static void waitUntilUp(String tap, Process p, Path log) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!p.isAlive()) throw new AssertionError("process exited: " + Files.readString(log));
            try {
                if (get(tap + "/availability").statusCode() == 200) return;
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not start: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
