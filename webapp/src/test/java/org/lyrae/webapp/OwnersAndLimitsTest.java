package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Owners from bearer tokens (jobs of others are invisible) and the result size cap. */
class OwnersAndLimitsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static LyraeService service;
    private static LyraeServer server;
    private static String async;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("lyrae-owners");
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.varDir = dir;
        config.dataDir = TestServers.sharedData();
        config.tokensFile = Files.writeString(dir.resolve("tokens"), "# token owner\nsecret-a alice\nsecret-b bob\n");
        config.maxResultBytes = 50_000;
        service = LyraeService.open(config);
        service.startWorkers(1);
        server = new LyraeServer(service);
        server.start();
        async = "http://127.0.0.1:" + server.port() + "/tap/async";
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        service.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String create(String token, String adql) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(async)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TapClient.form(TapClient.query(adql, "PHASE", "RUN")))), token);
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void jobsOfOthersAreInvisible() throws Exception {
        String job = create("secret-a", "SELECT TOP 2 name FROM lyrae.calibrators");
        String id = job.substring(job.lastIndexOf('/') + 1);
        HttpResponse<String> mine = send(HttpRequest.newBuilder(URI.create(job)), "secret-a");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("<uws:ownerId>alice</uws:ownerId>"), mine.body());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(job)), "secret-b").statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(job)), null).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(job)).DELETE(), "secret-b").statusCode());
        assertTrue(send(HttpRequest.newBuilder(URI.create(async)), "secret-a").body().contains(id));
        assertFalse(send(HttpRequest.newBuilder(URI.create(async)), "secret-b").body().contains(id));
        assertFalse(send(HttpRequest.newBuilder(URI.create(async)), null).body().contains(id));
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(async)), "guess");
        assertEquals(401, bad.statusCode());
        assertTrue(bad.body().contains("QUERY_STATUS") && bad.body().contains("Unknown token"), bad.body());
    }

    @Test
    void settingsSentAtCreationApplyToTheJob() throws Exception {
        java.time.Instant when = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(async)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TapClient.form(TapClient.query("SELECT TOP 1 name FROM lyrae.calibrators",
                        "EXECUTIONDURATION", "77", "DESTRUCTION", when.toString())))), null);
        assertEquals(303, r.statusCode(), r.body());
        String doc = send(HttpRequest.newBuilder(URI.create(r.headers().firstValue("Location").orElseThrow())), null).body();
        assertTrue(doc.contains("<uws:executionDuration>77</uws:executionDuration>"), doc);
        assertTrue(doc.contains("<uws:destruction>" + when + "</uws:destruction>"), when + " not in " + doc);
        assertFalse(doc.contains("id=\"executionduration\""), "a job setting stored as a query parameter: " + doc);
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(async)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TapClient.form(TapClient.query("SELECT 1 FROM lyrae.calibrators",
                        "EXECUTIONDURATION", "-3")))), null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("non-negative"), bad.body());
    }

    @Test
    void aResultOverTheCapEndsTheJobInError() throws Exception {
        String job = create(null, "SELECT * FROM lyrae.crts_rrlyrae");
        String phase = "";
        for (int i = 0; i < 10 && !(phase.equals("ERROR") || phase.equals("COMPLETED")); i++) {
            String doc = send(HttpRequest.newBuilder(URI.create(job + "?WAIT=10")), null).body();
            phase = doc.replaceAll("(?s).*<uws:phase>(\\w+)</uws:phase>.*", "$1");
        }
        assertEquals("ERROR", phase);
        String error = send(HttpRequest.newBuilder(URI.create(job + "/error")), null).body();
        assertTrue(error.contains("larger than"), error);
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(job + "/results/result")), null).statusCode());
        // a small result in the same service is fine
        String small = create(null, "SELECT TOP 5 crts_id FROM lyrae.crts_rrlyrae");
        for (int i = 0; i < 10; i++) {
            if (send(HttpRequest.newBuilder(URI.create(small + "?WAIT=10")), null).body().contains("COMPLETED")) break;
        }
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(small + "/results/result")), null).statusCode());
    }
}
