package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyrae.uws.Job;
import org.lyrae.uws.Phase;
import org.lyrae.webapp.TestServers.Backend;
import org.lyrae.webapp.uws.TapAsyncExecutor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Acceptance for TAP /async as a UWS 1.1 job list: creation and its 303s, the job document and
 * each job resource, blocking WAIT, the list filters, DELETE, ABORT and the execution duration
 * stopping a running query, destruction, parameters only while PENDING, the per-owner cap, and
 * jobs surviving a restart (including one whose worker died). Bad input (unknown jobs, phases,
 * dates, durations, late parameters, a flood past the cap) gets the right status and a DALI
 * error that says why. Redirects are not followed, so every 303 is seen.
 */
class UwsProtocolTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final String UWS = "http://www.ivoa.net/xml/UWS/v1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String QUICK = "SELECT TOP 5 name, feh FROM lyrae.calibrators ORDER BY name";
    /** Some 10^10 rows to count: runs far longer than any test waits. */
    private static final String SLOW = "SELECT COUNT(*) FROM lyrae.crts_rrlyrae a, lyrae.bulge_rrab b, lyrae.calibrators c";

    private static String async(Backend b) throws Exception {
        return TestServers.get(b).tap() + "/async";
    }

    // ---------------------------------------------------------------- the job and its resources

    @ParameterizedTest
    @EnumSource(Backend.class)
    void jobDocumentAndResources(Backend b) throws Exception {
        String list = async(b);
        String job = create(list, "LANG", "ADQL", "QUERY", QUICK, "RESPONSEFORMAT", "csv", "RUNID", "uws-test");
        String id = job.substring(job.lastIndexOf('/') + 1);
        assertEquals(list + "/" + id, job);

        Document d = jobDoc(job);
        Element root = d.getDocumentElement();
        assertEquals(UWS, root.getNamespaceURI());
        assertEquals("job", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals(id, child(root, "jobId"));
        assertEquals("uws-test", child(root, "runId"));
        assertEquals("PENDING", child(root, "phase"));
        assertEquals("3600", child(root, "executionDuration"));
        Instant created = Instant.parse(child(root, "creationTime"));
        assertTrue(Math.abs(Duration.between(created, Instant.now()).toSeconds()) < 60, created.toString());
        Instant destruction = Instant.parse(child(root, "destruction"));
        assertTrue(destruction.isAfter(Instant.now().plus(Duration.ofDays(6))), destruction.toString());
        assertEquals(QUICK, parameters(root).get("QUERY"));
        assertEquals("csv", parameters(root).get("RESPONSEFORMAT"));
        assertFalse(parameters(root).containsKey("RUNID"), "RUNID is not a job parameter");
        assertEquals(0, root.getElementsByTagNameNS(UWS, "result").getLength());

        assertText(get(job + "/phase"), "PENDING");
        assertText(get(job + "/executionduration"), "3600");
        assertEquals(destruction, Instant.parse(assertText(get(job + "/destruction"), null)));
        assertText(get(job + "/quote"), null);
        assertText(get(job + "/owner"), null);
        Element params = xml(get(job + "/parameters")).getDocumentElement();
        assertEquals("parameters", params.getLocalName());
        assertEquals(QUICK, parameters(params).get("QUERY"));
        Element results = xml(get(job + "/results")).getDocumentElement();
        assertEquals("results", results.getLocalName());
        assertEquals(0, results.getElementsByTagNameNS(UWS, "result").getLength());
        assertDaliError(get(job + "/error"), 404, "PENDING", "not in ERROR");
        assertDaliError(get(job + "/results/result"), 404, "no result", "PENDING");

        // parameters and settings change while PENDING ...
        assertRedirect(post(job + "/parameters", "MAXREC", "3"), job);
        assertEquals("3", parameters(jobDoc(job).getDocumentElement()).get("MAXREC"));
        assertEquals(QUICK, parameters(jobDoc(job).getDocumentElement()).get("QUERY"), "other parameters are kept");
        assertRedirect(post(job + "/executionduration", "EXECUTIONDURATION", "120"), job);
        assertText(get(job + "/executionduration"), "120");
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertRedirect(post(job + "/destruction", "DESTRUCTION", later.toString()), job);
        assertEquals(later, Instant.parse(assertText(get(job + "/destruction"), null)));

        // ... then it runs
        assertRedirect(post(job + "/phase", "PHASE", "RUN"), job);
        Element done = awaitFinal(job, 30);
        assertEquals("COMPLETED", child(done, "phase"), serialize(done));
        assertNotNull(child(done, "startTime"));
        assertNotNull(child(done, "endTime"));
        NodeList rs = done.getElementsByTagNameNS(UWS, "result");
        assertEquals(1, rs.getLength());
        Element r = (Element) rs.item(0);
        assertEquals("result", r.getAttribute("id"));
        assertEquals(job + "/results/result", r.getAttributeNS(XLINK, "href"));
        assertEquals("text/csv", r.getAttribute("mime-type"));
        HttpResponse<byte[]> csv = get(r.getAttributeNS(XLINK, "href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        List<String> lines = TapClient.text(csv).lines().toList();
        assertEquals(4, lines.size(), "a header and MAXREC=3 rows: " + lines);
        assertTrue(lines.get(0).contains("name") && lines.get(0).contains("feh"), lines.get(0));
        assertEquals(Long.toString(csv.body().length), r.getAttribute("size"));
        assertEquals(1, xml(get(job + "/results")).getDocumentElement().getElementsByTagNameNS(UWS, "result").getLength());

        // and is no longer PENDING: nothing about it may change but its destruction
        assertDaliError(post(job + "/parameters", "MAXREC", "5"), 409, "COMPLETED", "only while it is PENDING");
        assertEquals("3", parameters(jobDoc(job).getDocumentElement()).get("MAXREC"));
        assertDaliError(post(job + "/executionduration", "EXECUTIONDURATION", "5"), 409, "only while the job is PENDING");
        assertDaliError(post(job, "PHASE", "RUN"), 409, "COMPLETED", "only a PENDING job");
        assertRedirect(post(job, "PHASE", "ABORT"), job);   // aborting a finished job changes nothing
        assertText(get(job + "/phase"), "COMPLETED");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void votableByDefaultAndBadAdqlEndsInError(Backend b) throws Exception {
        String list = async(b);
        String ok = create(list, "QUERY", QUICK, "PHASE", "RUN");
        Element done = awaitFinal(ok, 30);   // PHASE=RUN at creation: no other request starts it
        assertEquals("COMPLETED", child(done, "phase"));
        Element r = (Element) done.getElementsByTagNameNS(UWS, "result").item(0);
        assertEquals("application/x-votable+xml", r.getAttribute("mime-type"));
        HttpResponse<byte[]> vot = get(r.getAttributeNS(XLINK, "href"));
        assertEquals("application/x-votable+xml", vot.headers().firstValue("Content-Type").orElse(""));
        assertEquals(5, TapClient.read(vot.body(), null).getRowCount());

        String bad = create(list, "QUERY", "SELECT fehh FROM lyrae.calibrators", "PHASE", "RUN");
        Element failed = awaitFinal(bad, 30);
        assertEquals("ERROR", child(failed, "phase"));
        Element summary = (Element) failed.getElementsByTagNameNS(UWS, "errorSummary").item(0);
        assertNotNull(summary, serialize(failed));
        assertTrue(summary.getTextContent().contains("fehh"), summary.getTextContent());
        assertEquals(0, failed.getElementsByTagNameNS(UWS, "result").getLength());
        String message = daliMessage(get(bad + "/error"), 200);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("unknown column") && message.contains("fehh"), message);
        assertDaliError(get(bad + "/results/result"), 404, "no result", "ERROR");
    }

    // ---------------------------------------------------------------- blocking WAIT

    @ParameterizedTest
    @EnumSource(Backend.class)
    void blockingWait(Backend b) throws Exception {
        String list = async(b);
        String job = create(list, "QUERY", QUICK);

        // a PENDING job: WAIT blocks for as long as asked, then answers with the phase unchanged
        long t0 = System.nanoTime();
        Element j = jobDoc(job + "?WAIT=2").getDocumentElement();
        double waited = (System.nanoTime() - t0) / 1e9;
        assertEquals("PENDING", child(j, "phase"));
        assertTrue(waited >= 1.8 && waited < 5, "WAIT=2 took " + waited + " s");

        // a waiting client is woken by the change, not by its timeout
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<long[]> waiter = pool.submit(() -> {
                long start = System.nanoTime();
                Document doc = jobDoc(job + "?WAIT=30");
                return new long[] {System.nanoTime() - start, doc.getDocumentElement().getElementsByTagNameNS(UWS, "phase")
                        .item(0).getTextContent().equals("PENDING") ? 0 : 1};
            });
            Thread.sleep(700);
            long run = System.nanoTime();
            assertRedirect(post(job + "/phase", "PHASE", "RUN"), job);
            long[] w = waiter.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, w[1], "WAIT returned while still PENDING");
            double late = (System.nanoTime() - run) / 1e9;
            assertTrue(late < 2, "WAIT returned " + late + " s after the job left PENDING");
        } finally {
            pool.shutdownNow();
        }
        // QUEUED, then EXECUTING, then COMPLETED: each WAIT=30 returns soon after the phase changes
        Element done = awaitFinal(job, 30);
        long sinceEnd = Duration.between(Instant.parse(child(done, "endTime")), Instant.now()).toMillis();
        assertEquals("COMPLETED", child(done, "phase"));
        assertTrue(sinceEnd < 2000, "the last WAIT returned " + sinceEnd + " ms after the job ended");

        // a final job: WAIT (with or without PHASE) answers at once
        for (String q : List.of("?WAIT=5", "?WAIT=5&PHASE=COMPLETED", "?WAIT=5&PHASE=EXECUTING", "?WAIT=-1")) {
            t0 = System.nanoTime();
            assertEquals("COMPLETED", child(jobDoc(job + q).getDocumentElement(), "phase"));
            waited = (System.nanoTime() - t0) / 1e9;
            assertTrue(waited < 1, q + " on a COMPLETED job took " + waited + " s");
        }
        // PHASE names a phase the job is not in: no wait either
        String pending = create(list, "QUERY", QUICK);
        t0 = System.nanoTime();
        assertEquals("PENDING", child(jobDoc(pending + "?WAIT=10&PHASE=QUEUED").getDocumentElement(), "phase"));
        assertTrue((System.nanoTime() - t0) / 1e9 < 1, "WAIT with another PHASE blocked");
        assertDaliError(get(pending + "?WAIT=soon"), 400, "WAIT", "integer", "soon");
        t0 = System.nanoTime();
        assertEquals("PENDING", child(jobDoc(pending + "?wait=1").getDocumentElement(), "phase"));
        assertTrue((System.nanoTime() - t0) / 1e9 >= 0.9, "wait=1 (names in any case) did not wait");
        assertDaliError(get(pending + "?WAIT=5&PHASE=DONE"), 400, "unknown phase", "DONE");
    }

    // ---------------------------------------------------------------- the job list

    @ParameterizedTest
    @EnumSource(Backend.class)
    void jobListFilters(Backend b) throws Exception {
        String list = async(b);
        String first = id(create(list, "QUERY", QUICK));
        Thread.sleep(5);
        String second = id(create(list, "QUERY", QUICK));
        Thread.sleep(5);
        String third = id(create(list, "QUERY", QUICK));
        assertRedirect(post(list + "/" + second, "PHASE", "ABORT"), list + "/" + second);
        assertText(get(list + "/" + second + "/phase"), "ABORTED");

        Map<String, String> all = jobList(list);
        assertEquals("PENDING", all.get(first));
        assertEquals("ABORTED", all.get(second));
        assertEquals("PENDING", all.get(third));

        Map<String, String> pending = jobList(list + "?PHASE=PENDING");
        assertTrue(pending.containsKey(first) && pending.containsKey(third) && !pending.containsKey(second), pending.toString());
        assertTrue(pending.values().stream().allMatch("PENDING"::equals), pending.toString());
        Map<String, String> two = jobList(list + "?PHASE=PENDING&PHASE=ABORTED");
        assertTrue(two.keySet().containsAll(List.of(first, second, third)), two.toString());
        assertTrue(two.values().stream().allMatch(p -> p.equals("PENDING") || p.equals("ABORTED")), two.toString());
        assertEquals(two, jobList(list + "?phase=pending&PHASE=aborted"), "parameter names and values in any case");

        Instant secondCreated = Instant.parse(child(jobDoc(list + "/" + second).getDocumentElement(), "creationTime"));
        Map<String, String> after = jobList(list + "?AFTER=" + secondCreated);
        assertEquals(List.of(third), List.copyOf(after.keySet()), "AFTER the second job's creation: the third only");
        assertTrue(jobList(list + "?AFTER=2000-01-01T00:00:00Z").keySet().containsAll(List.of(first, second, third)));
        assertTrue(jobList(list + "?AFTER=2999-01-01T00:00:00").isEmpty());

        assertEquals(List.of(second, third), List.copyOf(jobList(list + "?LAST=2").keySet()), "LAST=2: the two most recent");
        assertEquals(List.of(third), List.copyOf(jobList(list + "?LAST=1&PHASE=PENDING").keySet()));

        // ARCHIVED jobs (no HTTP request archives one; the store does) are listed only when asked for
        assertTrue(TestServers.get(b).service().jobStore.transition(first, EnumSet.of(Phase.PENDING), Phase.ARCHIVED, null));
        assertFalse(jobList(list).containsKey(first), "ARCHIVED jobs are hidden by default");
        assertEquals("ARCHIVED", jobList(list + "?PHASE=ARCHIVED").get(first));
        assertText(get(list + "/" + first + "/phase"), "ARCHIVED");

        assertDaliError(get(list + "?PHASE=FINISHED"), 400, "unknown phase", "FINISHED", "COMPLETED");
        assertDaliError(get(list + "?AFTER=yesterday"), 400, "AFTER", "ISO 8601", "yesterday");
        assertDaliError(get(list + "?AFTER=2024-13-45T00:00:00Z"), 400, "AFTER", "ISO 8601");
        assertDaliError(get(list + "?LAST=0"), 400, "LAST", "positive integer");
        assertDaliError(get(list + "?LAST=-3"), 400, "LAST", "positive integer");
        assertDaliError(get(list + "?LAST=ten"), 400, "LAST", "positive integer", "ten");
    }

    // ---------------------------------------------------------------- DELETE

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deleteRedirectsToTheList(Backend b) throws Exception {
        String list = async(b);
        String a = create(list, "QUERY", QUICK);
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(a)).DELETE());
        assertEquals(303, r.statusCode(), TapClient.text(r));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(list + "?") && location.contains("LAST="), location);
        assertEquals(200, get(location).statusCode());
        assertDaliError(get(a), 404, "no job", id(a));
        assertDaliError(get(a + "/phase"), 404, "no job");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(a)).DELETE()), 404, "no job");

        String c = create(list, "QUERY", QUICK, "PHASE", "RUN");
        awaitFinal(c, 30);
        r = post(c, "ACTION", "DELETE");
        assertEquals(303, r.statusCode(), TapClient.text(r));
        assertTrue(r.headers().firstValue("Location").orElse("").contains("LAST="), r.headers().toString());
        assertDaliError(get(c), 404, "no job");
        assertDaliError(get(c + "/results/result"), 404, "no job");
        assertFalse(jobList(list).containsKey(id(c)));
        Path dir = TestServers.get(b).service().config.effectiveJobsDir().resolve(id(c));
        assertFalse(Files.exists(dir), "the result files are deleted with the job");
    }

    // ---------------------------------------------------------------- stopping running queries

    @ParameterizedTest
    @EnumSource(Backend.class)
    void abortStopsARunningQuery(Backend b) throws Exception {
        String list = async(b);
        // as many long queries as there are workers: if ABORT left them running in the database,
        // no worker would be free for the quick job after them
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < 2; i++) slow.add(create(list, "QUERY", SLOW, "PHASE", "RUN"));
        for (String s : slow) awaitPhase(s, "EXECUTING", 20);
        for (String s : slow) {
            long t0 = System.nanoTime();
            assertRedirect(post(s, "PHASE", "ABORT"), s);
            assertText(get(s + "/phase"), "ABORTED");
            assertTrue((System.nanoTime() - t0) / 1e9 < 2, "ABORT took " + (System.nanoTime() - t0) / 1e9 + " s");
        }
        String quick = create(list, "QUERY", QUICK, "PHASE", "RUN");
        Element done = awaitFinal(quick, 15);
        assertEquals("COMPLETED", child(done, "phase"), "the workers are free again after ABORT");
        for (String s : slow) {
            Element j = jobDoc(s).getDocumentElement();
            assertEquals("ABORTED", child(j, "phase"), "an aborted job stays ABORTED");
            assertEquals(0, j.getElementsByTagNameNS(UWS, "result").getLength());
            assertDaliError(post(s, "PHASE", "RUN"), 409, "ABORTED");
        }
        // a PENDING job aborts too, and never runs
        String p = create(list, "QUERY", QUICK);
        assertRedirect(post(p + "/phase", "PHASE", "ABORT"), p);
        assertText(get(p + "/phase"), "ABORTED");
        assertDaliError(post(p + "/phase", "PHASE", "RUN"), 409, "ABORTED", "only a PENDING job");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void executionDurationStopsARunningQuery(Backend b) throws Exception {
        String list = async(b);
        String job = create(list, "QUERY", SLOW);
        assertRedirect(post(job + "/executionduration", "EXECUTIONDURATION", "1"), job);
        assertText(get(job + "/executionduration"), "1");
        long t0 = System.nanoTime();
        assertRedirect(post(job, "PHASE", "RUN"), job);
        Element j = awaitFinal(job, 15);
        double took = (System.nanoTime() - t0) / 1e9;
        assertEquals("ERROR", child(j, "phase"), serialize(j));
        assertTrue(took < 6, "a job with EXECUTIONDURATION=1 ended after " + took + " s");
        String message = daliMessage(get(job + "/error"), 200);
        assertTrue(message.contains("exceeded its execution duration of 1 s"), message);
        // the limit caps what a client asks for; 0 (unlimited) gets the limit too
        String other = create(list, "QUERY", QUICK);
        assertRedirect(post(other + "/executionduration", "EXECUTIONDURATION", "0"), other);
        assertText(get(other + "/executionduration"), "36000");
        assertRedirect(post(other + "/executionduration", "EXECUTIONDURATION", "99999999"), other);
        assertText(get(other + "/executionduration"), "36000");
    }

    // ---------------------------------------------------------------- destruction

    @ParameterizedTest
    @EnumSource(Backend.class)
    void destructionInThePastDestroysTheJob(Backend b) throws Exception {
        String list = async(b);
        String job = create(list, "QUERY", QUICK, "PHASE", "RUN");
        awaitFinal(job, 30);
        // a destruction beyond the retention limit is brought back to it
        assertRedirect(post(job + "/destruction", "DESTRUCTION", "2999-01-01T00:00:00Z"), job);
        Instant capped = Instant.parse(assertText(get(job + "/destruction"), null));
        assertTrue(capped.isBefore(Instant.now().plus(Duration.ofDays(31))), capped.toString());
        assertRedirect(post(job + "/destruction", "DESTRUCTION", "2001-02-03T04:05:06Z"), job);
        assertText(get(job + "/destruction"), "2001-02-03T04:05:06Z");
        long deadline = System.currentTimeMillis() + 12_000;
        while (get(job).statusCode() != 404) {
            if (System.currentTimeMillis() > deadline) fail("a job past its destruction time is still there after 12 s");
            Thread.sleep(250);
        }
        assertDaliError(get(job + "/results/result"), 404, "no job");
        Path dir = TestServers.get(b).service().config.effectiveJobsDir().resolve(id(job));
        assertFalse(Files.exists(dir), "the result files are destroyed with the job");
    }

    // ---------------------------------------------------------------- bad input

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badInputIsExplained(Backend b) throws Exception {
        String list = async(b);
        String unknown = list + "/nosuchjob0123456789";
        for (String res : List.of("", "/phase", "/executionduration", "/destruction", "/quote", "/owner", "/parameters",
                "/results", "/results/result", "/error", "?WAIT=5")) {
            assertDaliError(get(unknown + res), 404, "no job", "nosuchjob0123456789");
        }
        assertDaliError(post(unknown, "PHASE", "RUN"), 404, "no job");
        assertDaliError(post(unknown + "/phase", "PHASE", "ABORT"), 404, "no job");
        assertDaliError(post(unknown, "ACTION", "DELETE"), 404, "no job");
        assertDaliError(post(unknown + "/parameters", "MAXREC", "1"), 404, "no job");
        assertDaliError(post(unknown + "/executionduration", "EXECUTIONDURATION", "10"), 404, "no job");
        assertDaliError(post(unknown + "/destruction", "DESTRUCTION", "2030-01-01T00:00:00Z"), 404, "no job");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(unknown)).DELETE()), 404, "no job");

        String job = create(list, "QUERY", QUICK);
        assertDaliError(get(job + "/nosuchresource"), 404, "no resource", "nosuchresource");
        assertDaliError(get(job + "/results/nosuchresult"), 404, "no result", "nosuchresult");
        // phases
        assertDaliError(post(job, "PHASE", "SUSPEND"), 400, "PHASE must be RUN or ABORT", "SUSPEND");
        assertDaliError(post(job + "/phase", "PHASE", "COMPLETED"), 400, "PHASE must be RUN or ABORT", "COMPLETED");
        assertDaliError(post(job + "/phase"), 400, "PHASE=RUN");
        assertDaliError(post(job, "FOO", "bar"), 400, "ACTION=DELETE", "PHASE=RUN");
        assertDaliError(post(list, "QUERY", QUICK, "PHASE", "ABORT"), 400, "PHASE=ABORT", "not allowed when creating");
        assertDaliError(post(list, "QUERY", QUICK, "PHASE", "EXECUTING"), 400, "PHASE=EXECUTING");
        // dates
        for (String d : List.of("tomorrow", "2030-02-30T00:00:00Z", "2030-01-01 12:00", "")) {
            assertDaliError(post(job + "/destruction", "DESTRUCTION", d), 400, "DESTRUCTION", "ISO 8601");
        }
        assertDaliError(post(job + "/destruction"), 400, "DESTRUCTION=");
        // durations
        assertDaliError(post(job + "/executionduration", "EXECUTIONDURATION", "-5"), 400, "EXECUTIONDURATION", "non-negative");
        assertDaliError(post(job + "/executionduration", "EXECUTIONDURATION", "ten"), 400, "EXECUTIONDURATION", "whole number", "ten");
        assertDaliError(post(job + "/executionduration", "EXECUTIONDURATION", "1.5"), 400, "EXECUTIONDURATION", "whole number");
        assertDaliError(post(job + "/executionduration"), 400, "EXECUTIONDURATION");
        // read-only resources and methods
        assertDaliError(post(job + "/quote", "QUOTE", "1"), 405, "cannot be changed");
        assertDaliError(post(job + "/owner", "OWNER", "me"), 405, "cannot be changed");
        assertDaliError(post(job + "/results", "X", "1"), 405, "cannot be changed");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(job + "/phase")).DELETE()), 405, "DELETE");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(list)).DELETE()), 405, "DELETE");
        // nothing of that changed the job
        Element j = jobDoc(job).getDocumentElement();
        assertEquals("PENDING", child(j, "phase"));
        assertEquals("3600", child(j, "executionDuration"));
        // parameters after PENDING
        assertRedirect(post(job, "PHASE", "ABORT"), job);
        assertDaliError(post(job + "/parameters", "QUERY", "SELECT 1"), 409, "ABORTED", "parameters can change only while it is PENDING");
        assertDaliError(post(job + "/executionduration", "EXECUTIONDURATION", "10"), 409, "PENDING");
        assertEquals(QUICK, parameters(jobDoc(job).getDocumentElement()).get("QUERY"));
    }

    // ---------------------------------------------------------------- the owner cap

    @Test
    void floodPastTheOwnerCapGets429() throws Exception {
        Path var = Files.createTempDirectory("lyrae-uws-cap");
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.dataDir = TestServers.sharedData();
        config.varDir = var;
        config.maxActiveJobsPerOwner = 3;
        config.workerThreads = 0;   // and no startWorkers: queued jobs stay QUEUED
        try (LyraeService service = LyraeService.open(config); Closing server = Closing.start(service)) {
            String list = server.url() + "/tap/async";
            // twelve creations at once: exactly three are queued, the others are refused
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<HttpResponse<byte[]>>> flood = new ArrayList<>();
            try {
                for (int i = 0; i < 12; i++) {
                    Callable<HttpResponse<byte[]>> c = () -> post(list, "QUERY", QUICK, "PHASE", "RUN");
                    flood.add(pool.submit(c));
                }
                int created = 0;
                for (Future<HttpResponse<byte[]>> f : flood) {
                    HttpResponse<byte[]> r = f.get();
                    if (r.statusCode() == 303) {
                        created++;
                        assertText(get(r.headers().firstValue("Location").orElseThrow() + "/phase"), "QUEUED");
                    } else {
                        assertDaliError(r, 429, "3 jobs queued or running", "wait for some to finish or delete them");
                    }
                }
                assertEquals(3, created, "jobs queued past the cap of 3");
            } finally {
                pool.shutdownNow();
            }
            assertEquals(3, service.jobStore.countActive(null));
            assertEquals(3, jobList(list + "?PHASE=QUEUED").size());
            // the fourth, one at a time: refused too; a PENDING job is fine but may not start
            assertDaliError(post(list, "QUERY", QUICK, "PHASE", "RUN"), 429, "3 jobs");
            String pending = create(list, "QUERY", QUICK);
            assertDaliError(post(pending, "PHASE", "RUN"), 429, "3 jobs");
            assertText(get(pending + "/phase"), "PENDING");
            // a slot freed by ABORT can be used again
            String queued = jobList(list + "?PHASE=QUEUED").keySet().iterator().next();
            assertRedirect(post(list + "/" + queued, "PHASE", "ABORT"), list + "/" + queued);
            assertRedirect(post(pending, "PHASE", "RUN"), pending);
            assertText(get(pending + "/phase"), "QUEUED");
            assertDaliError(post(list, "QUERY", QUICK, "PHASE", "RUN"), 429, "3 jobs");
        }
    }

    // ---------------------------------------------------------------- restart

    @ParameterizedTest
    @ValueSource(strings = {"directory", "database"})
    void jobsSurviveARestart(String storage) throws Exception {
        Path var = Files.createTempDirectory("lyrae-uws-restart");
        String completed;
        String pending;
        byte[] result;
        try (LyraeService service = open(var, storage); Closing server = Closing.start(service)) {
            service.startWorkers(1);
            String list = server.url() + "/tap/async";
            completed = id(create(list, "QUERY", QUICK, "RESPONSEFORMAT", "csv", "PHASE", "RUN"));
            assertEquals("COMPLETED", child(awaitFinal(list + "/" + completed, 30), "phase"));
            result = get(list + "/" + completed + "/results/result").body();
            pending = id(create(list, "QUERY", QUICK, "RUNID", "kept"));
        }
        try (LyraeService service = open(var, storage); Closing server = Closing.start(service)) {
            String list = server.url() + "/tap/async";
            Map<String, String> jobs = jobList(list);
            assertEquals("COMPLETED", jobs.get(completed), jobs.toString());
            assertEquals("PENDING", jobs.get(pending), jobs.toString());
            Element c = jobDoc(list + "/" + completed).getDocumentElement();
            Element r = (Element) c.getElementsByTagNameNS(UWS, "result").item(0);
            assertEquals(list + "/" + completed + "/results/result", r.getAttributeNS(XLINK, "href"), "links use the new address");
            HttpResponse<byte[]> again = get(r.getAttributeNS(XLINK, "href"));
            assertEquals(200, again.statusCode());
            assertEquals("text/csv", again.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(new String(result, StandardCharsets.UTF_8), TapClient.text(again));
            assertEquals("kept", child(jobDoc(list + "/" + pending).getDocumentElement(), "runId"));

            // a job whose worker died while running it: claimed by a worker that never finishes
            String orphan = id(create(list, "QUERY", QUICK, "PHASE", "RUN"));
            Job claimed = service.jobStore.claim(List.of(TapAsyncExecutor.KIND), "dead-worker", 1).orElseThrow();
            assertEquals(orphan, claimed.id());
            assertText(get(list + "/" + orphan + "/phase"), "EXECUTING");
            // the pool started now finds the lease expired, queues the job again and runs it
            service.startWorkers(1);
            Element done = awaitFinal(list + "/" + orphan, 20);
            assertEquals("COMPLETED", child(done, "phase"), serialize(done));
            assertEquals(2, service.jobStore.find(orphan).orElseThrow().attempts());
            assertEquals(200, get(list + "/" + orphan + "/results/result").statusCode());
            // and the PENDING job from before the restart still runs when asked
            assertRedirect(post(list + "/" + pending, "PHASE", "RUN"), list + "/" + pending);
            assertEquals("COMPLETED", child(awaitFinal(list + "/" + pending, 30), "phase"));
        }
        // results kept in the database leave nothing in the jobs directory
        boolean anyFile = false;
        if (Files.exists(var.resolve("jobs"))) {
            try (var files = Files.walk(var.resolve("jobs"))) {
                anyFile = files.anyMatch(Files::isRegularFile);
            }
        }
        assertEquals(storage.equals("directory"), anyFile, "job files in var/jobs with storage " + storage);
    }

    private static LyraeService open(Path var, String storage) throws Exception {
        LyraeConfig config = new LyraeConfig();
        config.port = 0;
        config.host = "127.0.0.1";
        config.dataDir = TestServers.sharedData();
        config.varDir = var;
        config.jobsStorage = storage;
        return LyraeService.open(config);
    }

    /** A server of its own for a test, stopped at the end. */
    private record Closing(LyraeServer server) implements AutoCloseable {
        static Closing start(LyraeService service) throws Exception {
            LyraeServer s = new LyraeServer(service);
            s.start();
            return new Closing(s);
        }

        String url() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpResponse<byte[]> send(HttpRequest.Builder r) throws Exception {
        return HTTP.send(r.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<byte[]> post(String url, String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TapClient.form(p))));
    }

    /** Creates a job: a 303 to the new job, whose URL is returned. */
    private static String create(String list, String... kv) throws Exception {
        HttpResponse<byte[]> r = post(list, kv);
        assertEquals(303, r.statusCode(), TapClient.text(r));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(java.util.regex.Pattern.quote(list) + "/[A-Za-z0-9_-]+"), location);
        return location;
    }

    private static String id(String jobUrl) {
        return jobUrl.substring(jobUrl.lastIndexOf('/') + 1);
    }

    private static void assertRedirect(HttpResponse<byte[]> r, String to) {
        assertEquals(303, r.statusCode(), r.request().uri() + ": " + TapClient.text(r));
        assertEquals(to, r.headers().firstValue("Location").orElse(null));
    }

    /** A text/plain resource; checks its value unless {@code expected} is null, and returns it. */
    private static String assertText(HttpResponse<byte[]> r, String expected) {
        assertEquals(200, r.statusCode(), r.request().uri() + ": " + TapClient.text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        String body = TapClient.text(r).trim();
        if (expected != null) assertEquals(expected, body, r.request().uri().toString());
        return body;
    }

    // ---------------------------------------------------------------- UWS documents

    private static Document xml(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), r.request().uri() + ": " + TapClient.text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    }

    private static Document jobDoc(String url) throws Exception {
        Document d = xml(get(url));
        assertEquals("job", d.getDocumentElement().getLocalName());
        assertEquals(UWS, d.getDocumentElement().getNamespaceURI());
        return d;
    }

    /** The text of a child element; null when it is xsi:nil. */
    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(UWS, name);
        assertTrue(l.getLength() == 1, "expected one uws:" + name + " in " + serialize(e));
        Element c = (Element) l.item(0);
        if ("true".equals(c.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"))) return null;
        return c.getTextContent();
    }

    private static Map<String, String> parameters(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList l = e.getElementsByTagNameNS(UWS, "parameter");
        for (int i = 0; i < l.getLength(); i++) {
            Element p = (Element) l.item(i);
            out.put(p.getAttribute("id").toUpperCase(Locale.ROOT), p.getTextContent());
        }
        return out;
    }

    /** Job id to phase, in the order listed; checks the list document as it goes. */
    private static Map<String, String> jobList(String url) throws Exception {
        Element root = xml(get(url)).getDocumentElement();
        assertEquals("jobs", root.getLocalName());
        assertEquals(UWS, root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        Map<String, String> out = new LinkedHashMap<>();
        NodeList refs = root.getElementsByTagNameNS(UWS, "jobref");
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        for (int i = 0; i < refs.getLength(); i++) {
            Element ref = (Element) refs.item(i);
            String id = ref.getAttribute("id");
            assertEquals(base + "/" + id, ref.getAttributeNS(XLINK, "href"));
            assertNotNull(child(ref, "creationTime"));
            out.put(id, child(ref, "phase"));
        }
        return out;
    }

    /** Follows the job with WAIT until it is in a final phase (at most {@code seconds}). */
    private static Element awaitFinal(String job, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            Element j = jobDoc(job + "?WAIT=" + Math.max(1, (deadline - System.currentTimeMillis()) / 1000)).getDocumentElement();
            Phase p = Phase.valueOf(child(j, "phase"));
            if (p.isFinal()) return j;
            if (System.currentTimeMillis() > deadline) fail(job + " still " + p + " after " + seconds + " s");
        }
    }

    private static void awaitPhase(String job, String phase, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            Element j = jobDoc(job + "?WAIT=1").getDocumentElement();
            if (child(j, "phase").equals(phase)) return;
            if (Phase.valueOf(child(j, "phase")).isFinal() || System.currentTimeMillis() > deadline) {
                fail(job + " is " + child(j, "phase") + ", never " + phase + ": " + serialize(j));
            }
        }
    }

    private static String serialize(Element e) {
        try {
            var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            var w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (Exception x) {
            return e.toString();
        }
    }

    // ---------------------------------------------------------------- DALI errors

    /** The message of a DALI error document with the given status. */
    private static String daliMessage(HttpResponse<byte[]> r, int status) throws Exception {
        String what = r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + TapClient.text(r);
        assertEquals(status, r.statusCode(), what);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"), what);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body())).getDocumentElement();
        assertEquals("VOTABLE", root.getLocalName(), what);
        Element resource = (Element) root.getElementsByTagNameNS("*", "RESOURCE").item(0);
        assertNotNull(resource, what);
        assertEquals("results", resource.getAttribute("type"), what);
        NodeList infos = resource.getElementsByTagNameNS("*", "INFO");
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            if ("QUERY_STATUS".equals(info.getAttribute("name"))) {
                assertEquals("ERROR", info.getAttribute("value"), what);
                assertFalse(info.getTextContent().isBlank(), "an error without a message: " + what);
                assertFalse(info.getTextContent().matches("(?s).*(Exception|\\bat (org|java)\\.).*"), "internals: " + what);
                return info.getTextContent();
            }
        }
        throw new AssertionError("no QUERY_STATUS INFO: " + what);
    }

    /** A 4xx DALI error whose message holds each word (any case). */
    private static void assertDaliError(HttpResponse<byte[]> r, int status, String... words) throws Exception {
        String message = daliMessage(r, status);
        String lower = message.toLowerCase(Locale.ROOT);
        for (String w : words) {
            assertTrue(lower.contains(w.toLowerCase(Locale.ROOT)), "message lacks '" + w + "': " + r.request().method() + " "
                    + r.request().uri() + " -> " + message);
        }
    }
}
