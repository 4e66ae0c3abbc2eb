package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.webapp.TestServers.Backend;

/**
 * The real Python VO clients against TAP /async on each backend: the script
 * {@code src/test/python/tap_async_clients.py} runs pyvo 1.2.1's {@code run_async} (against a sync
 * run of the same query), the {@code submit_job}, {@code run}, {@code wait}, {@code fetch_result},
 * {@code delete} cycle, an async upload join, MAXREC and failing queries, then astroquery 0.4.6's
 * {@code TapPlus.launch_job_async} with its defaults (PHASE=RUN on creation, then polling the phase),
 * {@code load_async_job}, {@code list_async_jobs}, a dump to file, an upload and a failing query.
 * Expected values come from the catalogue file and from known stars; the documents of H2 and
 * PostgreSQL must be identical.
 */
class ClientAsyncInteropTest {
    private static final Path SCRIPT = Paths.get("src/test/python/tap_async_clients.py");
    private static final long TIMEOUT_SECONDS = 120;
    private static final Map<Backend, JsonNode> RESULTS = new EnumMap<>(Backend.class);
    private static final double EPS = 1e-9;
    /** The five CHR calibrators poorest in metals: name, [Fe/H], type. */
    private static final String POOREST = "[[\"MT_Tel\",-2.688474126,\"RRc\"],[\"DP_Hya\",-2.635250092,\"RRab\"],"
            + "[\"X_Ari\",-2.59625,\"RRab\"],[\"TV_Boo\",-2.536499977,\"RRc\"],[\"V701_Pup\",-2.5175,\"RRc\"]]";
    private static final String SYNTAX_ERROR = "ADQL syntax error at line 1, column 1: Encountered \"SELEKT\".";
    private static final String COLUMN_ERROR = "Unknown column \"no_such_column\" at line 1, column 8";

    /** The script's document for a backend, run once per test JVM. */
    static synchronized JsonNode clients(Backend backend) throws Exception {
        JsonNode doc = RESULTS.get(backend);
        if (doc == null) {
            doc = ClientChecks.runScript(SCRIPT, TestServers.get(backend).tap(), TIMEOUT_SECONDS);
            RESULTS.put(backend, doc);
        }
        return doc;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void runAsyncFindsTheConeOfTheCatalogueFile(Backend backend) throws Exception {
        JsonNode r = clients(backend).get("run_async");
        assertEquals("OK", r.at("/status/0").asText());
        // the cone worked out here from the CRTS file itself
        List<Long> expected = ClientChecks.crtsConeIds(220.0, 0.0, 2.0);
        assertEquals(16, expected.size());
        assertEquals(16, r.get("count").asInt());
        List<Long> got = new ArrayList<>();
        for (JsonNode row : r.get("rows")) got.add(row.get(0).asLong());
        assertEquals(expected, got, "cone ids, ordered by crts_id");
        assertTrue(r.get("same_as_sync").asBoolean(), "run_async gives the rows of a sync run");
        assertEquals(16, r.get("sync_count").asInt());
        JsonNode star = null;
        for (JsonNode row : r.get("rows")) if (row.get(0).asLong() == 1101078007581L) star = row;
        assertTrue(star != null, r.toString());
        // CSS_J143713.3+001623 in RRL_params
        assertEquals("CSS_J143713.3+001623", star.get(1).asText());
        assertEquals(219.30544, star.get(2).asDouble(), EPS);
        assertEquals(0.27324, star.get(3).asDouble(), EPS);
        assertEquals(16.026, star.get(4).asDouble(), EPS);
        assertEquals(0.6036577, star.get(5).asDouble(), EPS);
        assertEquals("deg", r.at("/fields/2/unit").asText());
        assertEquals("long", r.at("/fields/0/datatype").asText());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void maxrecCutIsAnOverflowThroughAsync(Backend backend) throws Exception {
        JsonNode m = clients(backend).get("maxrec");
        assertEquals(25, m.get("count").asInt());
        assertEquals("OVERFLOW", m.at("/status/0").asText());
        List<Long> ids = new ArrayList<>();
        for (String[] f : ClientChecks.crtsRows()) ids.add(Long.parseLong(f[10]));
        ids.sort(null);
        assertEquals(ids.get(0).longValue(), m.at("/first_last/0").asLong());
        assertEquals(ids.get(24).longValue(), m.at("/first_last/1").asLong());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void submitRunWaitFetchDelete(Backend backend) throws Exception {
        JsonNode j = clients(backend).get("job_lifecycle");
        assertTrue(j.get("url_under_async").asBoolean());
        assertEquals("PENDING", j.get("phase_after_submit").asText(), "submit_job does not start the job");
        assertEquals("1.1", j.get("uws_version").asText());
        // pyvo 1.2.1 looks the query up as the parameter 'query' (lower case)
        assertEquals("SELECT TOP 5 name, feh, rr_type FROM lyrae.calibrators WHERE catalogue = 'CHR' ORDER BY feh",
                j.get("query_as_pyvo_reads_it").asText());
        assertTrue(j.get("started_after_run").asBoolean());
        assertEquals("COMPLETED", j.get("phase_after_wait").asText());
        assertEquals("[\"result\"]", j.get("result_ids").toString());
        assertEquals("OK", j.at("/status/0").asText());
        assertEquals(5, j.get("count").asInt());
        assertEquals(POOREST, j.get("rows").toString());
        assertTrue(j.get("listed_before_delete").asBoolean(), "the job is in get_job_list before the delete");
        // deleted: pyvo cannot load it again, its phase is 404, it is not listed
        assertTrue(j.get("url_after_delete").isNull());
        assertEquals("DALServiceError", j.at("/reload_after_delete/class").asText());
        assertEquals("404 Client Error: Not Found for url: JOB_URL", j.at("/reload_after_delete/message").asText());
        assertEquals(404, j.get("phase_status_after_delete").asInt());
        assertFalse(j.get("listed_after_delete").asBoolean());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void asyncUploadJoinsItsCalibrators(Backend backend) throws Exception {
        JsonNode up = clients(backend).get("upload");
        assertEquals("OK", up.at("/status/0").asText());
        // id, name, rr_type, gaia_dr2_source_id, sep_arcsec; the decoy (id 6) matches nothing
        Object[][] expected = {
            {1, "AO_Tuc", "RRc", 4918030715504071296L},
            {2, "ASAS-143322-0418.2", "RRc", 3642187380028718464L},
            {3, "DX_Del", "RRab", 1760981190300823808L},
            {4, "RR_Lyr", "RRab", null},
            {5, "X_Ari", "RRab", 15489408711727488L},
        };
        JsonNode rows = up.get("rows");
        assertEquals(expected.length, up.get("count").asInt());
        assertEquals(expected.length, rows.size(), rows.toString());
        for (int i = 0; i < expected.length; i++) {
            JsonNode r = rows.get(i);
            assertEquals(expected[i][0], r.get(0).asInt());
            assertEquals(expected[i][1], r.get(1).asText());
            assertEquals(expected[i][2], r.get(2).asText());
            if (expected[i][3] == null) {
                assertTrue(r.get(3).isNull(), "RR_Lyr has no Gaia id");
            } else {
                assertEquals(expected[i][3], r.get(3).asLong());
            }
            assertEquals(0.3, r.get(4).asDouble(), 1e-3, "each upload was moved 0.3 arcsec north");
        }
        assertTrue(up.get("same_as_sync").asBoolean());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void failingQueriesCarryTheServiceMessage(Backend backend) throws Exception {
        JsonNode f = clients(backend).get("failures");
        for (String[] c : new String[][] {{"bad_syntax", SYNTAX_ERROR}, {"bad_column", COLUMN_ERROR}}) {
            JsonNode k = f.get(c[0]);
            String message = c[1];
            // pyvo 1.2.1's run_async raises DALQueryError("Query Error") without the job's message
            assertEquals("DALQueryError", k.at("/run_async/class").asText());
            assertEquals("Query Error", k.at("/run_async/message").asText());
            assertEquals("ERROR", k.get("phase").asText());
            // the message in the job's errorSummary, at <job>/error, and as /sync says it
            assertEquals(message, k.get("error_summary").asText(), c[0]);
            assertEquals(200, k.at("/error_resource/status").asInt());
            assertEquals("application/x-votable+xml", k.at("/error_resource/content_type").asText());
            assertEquals("[[\"ERROR\"," + new ObjectMapper().writeValueAsString(message) + "]]",
                    k.at("/error_resource/query_status").toString());
            assertEquals("DALQueryError", k.at("/sync/class").asText());
            assertEquals(message, k.at("/sync/message").asText());
            // pyvo 1.2.1's fetch_result on a job without results fails inside the client
            assertEquals("AttributeError", k.at("/fetch_result/class").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void astroqueryLaunchJobAsync(Backend backend) throws Exception {
        JsonNode aq = clients(backend).get("astroquery");
        JsonNode launched = aq.get("launch_job_async");
        assertEquals("COMPLETED", launched.get("phase").asText());
        assertEquals("COMPLETED", launched.get("phase_on_server").asText());
        assertEquals(5, launched.get("count").asInt());
        assertEquals("[\"name\",\"feh\",\"rr_type\"]", launched.get("columns").toString());
        assertEquals(POOREST, launched.get("rows").toString());
        assertEquals("[]", launched.get("files_written").toString(), "dump_to_file=False writes nothing");

        JsonNode loaded = aq.get("load_async_job");
        assertTrue(loaded.get("same_jobid").asBoolean());
        assertEquals("COMPLETED", loaded.get("phase").asText());
        assertEquals("SELECT TOP 5 name, feh, rr_type FROM lyrae.calibrators WHERE catalogue = 'CHR' ORDER BY feh",
                loaded.get("query_parameter").asText());
        assertEquals(POOREST, loaded.get("rows").toString());
        assertTrue(aq.get("list_async_jobs_has_job").asBoolean());

        assertTrue(aq.at("/dump_to_file/file_written").asBoolean());
        assertEquals(POOREST, aq.at("/dump_to_file/rows").toString());
        assertEquals("[[1,\"AO_Tuc\"],[2,\"ASAS-143322-0418.2\"],[3,\"DX_Del\"],[4,\"RR_Lyr\"],[5,\"X_Ari\"]]",
                aq.at("/upload/rows").toString());

        // astroquery 0.4.6 reads results/result of a failed job and raises its 404 (it never
        // reaches its own get_error); the 404 names the job's error. The entities are the
        // client's: it cuts the message out of the VOTable text without parsing the XML
        JsonNode bad = aq.get("bad_syntax");
        assertEquals("HTTPError", bad.get("class").asText());
        assertEquals("Error 404: Job JOBID has no result &apos;result&apos; (it is ERROR: "
                + SYNTAX_ERROR.replace("\"", "&quot;") + ")", bad.get("message").asText());
        assertEquals(404, aq.get("deleted_phase_status").asInt());
    }

    @Test
    void h2AndPostgresqlGiveTheClientsTheSameAnswers() throws Exception {
        JsonNode h2 = clients(Backend.H2), pg = clients(Backend.POSTGRES);
        List<String> differences = new ArrayList<>();
        ClientChecks.diff(h2, pg, "", differences);
        assertEquals(List.of(), differences);
    }



}
