package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.webapp.TapClient.Part;
import org.lyrae.webapp.TestServers.Backend;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Acceptance: malformed and hostile input to TAP /sync (bad ADQL, unknown names, SQL injection,
 * database functions, out-of-range parameters, broken and oversized uploads, wrong body types,
 * bytes that are not UTF-8) each gets a clear DALI error: a 4xx status and a VOTable whose
 * QUERY_STATUS is ERROR and whose message says what was wrong, with no stack trace and no Java
 * class names. After each test the demo tables and TAP_SCHEMA still hold what they held, and the
 * server still answers.
 */
class MalformedInputTest {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** The demo tables and their row counts, which no request may change. */
    private static final Map<String, Long> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("lyrae.calibrators", 186L);
        COUNTS.put("lyrae.crts_rrlyrae", 12379L);
        COUNTS.put("lyrae.bulge_rrab", 4447L);
    }

    /** TAP_SCHEMA row counts seen on first use, per backend: the metadata must not change either. */
    private static final Map<Backend, List<Long>> SCHEMA_COUNTS = new EnumMap<>(Backend.class);

    /** Traces of internals that an error message must never show. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (?:org|java|jdk|sun|com|uk|adql|jakarta)\\.|\\b(?:java|javax|jakarta|jdk|sun)\\.[a-z]"
            + "|org\\.(?:eclipse|h2|postgresql|lyrae|xml|apache)|uk\\.ac\\.starlink|\\badql\\.[a-z]|lyrae-upload-|lyrae-multipart");

    private Backend checked;

    /** Starts (once) the backend's server before a test, so that no timing includes the start. */
    private void on(Backend b) throws Exception {
        TestServers.get(b);
        checked = b;
    }

    @AfterEach
    void dataAndServerIntact() throws Exception {
        if (checked != null) assertIntact(checked);
    }

    // ---------------------------------------------------------------- ADQL

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badAdqlIsExplained(Backend b) throws Exception {
        on(b);
        String deep = "SELECT name FROM lyrae.calibrators WHERE " + "(".repeat(3000) + "feh < 0" + ")".repeat(3000);
        List<Bad> cases = List.of(
            new Bad("SELEC * FROM lyrae.calibrators", "syntax error", "line 1, column 1", "SELEC"),
            new Bad("SELECT name FRM lyrae.calibrators", "syntax error", "line 1, column"),
            new Bad("SELECT name FROM lyrae.calibrators WHERE", "syntax error", "line 1, column"),
            new Bad("SELECT name FROM lyrae.calibrators /* comment */", "syntax error", "line 1, column 36"),
            new Bad("SELECT fehh FROM lyrae.calibrators", "unknown column", "fehh", "did you mean feh?"),
            new Bad("SELECT perod FROM lyrae.crts_rrlyrae", "unknown column", "perod", "did you mean period?"),
            new Bad("SELECT * FROM lyrae.calibrator", "unknown table", "lyrae.calibrator", "did you mean lyrae.calibrators?"),
            new Bad("SELECT * FROM nosuchschema.nosuchtable", "unknown table", "nosuchschema.nosuchtable"),
            new Bad("SELECT * FROM pg_catalog.pg_user", "unknown table", "pg_catalog.pg_user"),
            new Bad("SELECT * FROM INFORMATION_SCHEMA.USERS", "unknown table", "INFORMATION_SCHEMA.USERS"),
            new Bad("SELECT TOP 999999999999 name FROM lyrae.calibrators", "syntax error", "TOP"),
            new Bad("SELECT name\u0000 FROM lyrae.calibrators", "syntax error", "character"),
            new Bad("   ", "QUERY", "missing or empty"),
            new Bad(deep, "nested too deeply"));
        for (Bad c : cases) {
            assertDaliError(postForm(b, TapClient.query(c.query())), 400, c.words());
            if (c.query().length() < 2000) assertDaliError(get(b, TapClient.query(c.query())), 400, c.words());
        }
        assertDaliError(postForm(b, Map.of("LANG", "ADQL")), 400, "QUERY", "missing");
        assertDaliError(postForm(b, TapClient.query("SELECT name FROM lyrae.calibrators", "REQUEST", "getCapabilities")), 400,
                "REQUEST=getCapabilities", "doQuery");
    }

    // ---------------------------------------------------------------- SQL injection

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sqlInjectionIsRefused(Backend b) throws Exception {
        on(b);
        String[] secondStatements = {
            "SELECT * FROM lyrae.calibrators; DROP TABLE lyrae.calibrators",
            "SELECT * FROM lyrae.calibrators;DELETE FROM lyrae.calibrators",
            "SELECT name FROM lyrae.calibrators WHERE name = 'x'; UPDATE lyrae.calibrators SET feh = 0; --'",
            // a backslash does not escape a quote in ADQL (nor in PostgreSQL's standard strings)
            "SELECT name FROM lyrae.calibrators WHERE name = '\\'; DROP TABLE lyrae.calibrators; --'",
            "SELECT COUNT(*) FROM lyrae.calibrators; COMMIT; DROP SCHEMA lyrae CASCADE",
            "SELECT COUNT(*) FROM lyrae.calibrators; SET default_transaction_read_only = off",
        };
        for (String q : secondStatements) assertDaliError(postForm(b, TapClient.query(q)), 400, "single ADQL SELECT statement");
        String[] writes = {
            "DROP TABLE lyrae.calibrators",
            "DELETE FROM lyrae.calibrators",
            "UPDATE lyrae.calibrators SET feh = 0",
            "INSERT INTO lyrae.calibrators (name) VALUES ('x')",
            "TRUNCATE TABLE lyrae.bulge_rrab",
            "CREATE TABLE lyrae.evil (x INTEGER)",
            "WITH gone AS (DELETE FROM lyrae.calibrators RETURNING *) SELECT * FROM gone",
            "SELECT * INTO lyrae.copy FROM lyrae.calibrators",
            "SELECT name FROM lyrae.calibrators UNION ALL DROP TABLE lyrae.calibrators",
        };
        for (String q : writes) assertDaliError(postForm(b, TapClient.query(q)), 400, "syntax error", "line 1, column");
        // an injected quote inside a delimited identifier is only a strange column name
        assertDaliError(postForm(b, TapClient.query("SELECT \"name; DROP TABLE lyrae.calibrators; --\" FROM lyrae.calibrators")), 400,
                "unknown column", "DROP TABLE lyrae.calibrators");
        // ... and a doubled quote keeps the whole "injection" inside one string literal: plain data
        HttpResponse<byte[]> literal = postForm(b, TapClient.query(
                "SELECT COUNT(*) AS n FROM lyrae.calibrators WHERE name = 'x''; DROP TABLE lyrae.calibrators; --'"));
        assertOk(literal);
        assertTrue(text(literal).contains("<TD>0</TD>"), text(literal));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void databaseFunctionsAreRefused(Backend b) throws Exception {
        on(b);
        String[][] calls = {
            {"pg_sleep", "SELECT pg_sleep(10) FROM lyrae.calibrators"},
            {"pg_sleep", "SELECT name FROM lyrae.calibrators WHERE pg_sleep(10) > 0"},
            {"lo_import", "SELECT lo_import('/etc/passwd') FROM lyrae.calibrators"},
            {"lo_export", "SELECT TOP 1 lo_export(12345, '/var/tmp/lyrae-pwned') FROM lyrae.calibrators"},
            {"set_config", "SELECT set_config('default_transaction_read_only', 'off', 'false') FROM lyrae.calibrators"},
            {"pg_read_file", "SELECT pg_read_file('/etc/passwd') FROM lyrae.calibrators"},
            {"pg_terminate_backend", "SELECT pg_terminate_backend(1) FROM lyrae.calibrators"},
            {"dblink_exec", "SELECT dblink_exec('dbname=postgres', 'DROP TABLE lyrae.calibrators') FROM lyrae.calibrators"},
            {"nextval", "SELECT nextval('lyrae.seq') FROM lyrae.calibrators"},
            {"FILE_WRITE", "SELECT FILE_WRITE('x', '/var/tmp/lyrae-pwned') FROM lyrae.calibrators"},
            {"CSVWRITE", "SELECT CSVWRITE('/var/tmp/lyrae-pwned.csv', 'SELECT 1') FROM lyrae.calibrators"},
            {"LINK_SCHEMA", "SELECT LINK_SCHEMA('x', '', 'jdbc:h2:mem:x', 'sa', '', 'PUBLIC') FROM lyrae.calibrators"},
        };
        for (String[] c : calls) {
            long t0 = System.nanoTime();
            assertDaliError(postForm(b, TapClient.query(c[1])), 400, "unsupported function", c[0]);
            // refused before it reaches the database: pg_sleep(10) did not run
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, c[1] + " took too long");
        }
        // without FROM it is not even ADQL
        assertDaliError(get(b, TapClient.query("SELECT pg_sleep(10)")), 400, "syntax error", "line 1, column");
    }

    // ---------------------------------------------------------------- DALI parameters

    @ParameterizedTest
    @EnumSource(Backend.class)
    void maxrecIsCheckedAndCapped(Backend b) throws Exception {
        on(b);
        String q = "SELECT name FROM lyrae.calibrators";
        for (String huge : List.of("999999999999", "99999999999999999999999")) {
            HttpResponse<byte[]> r = get(b, TapClient.query(q, "MAXREC", huge));
            assertOk(r);
            assertEquals(186, rows(text(r)), "MAXREC=" + huge + " is capped, not an error, and all rows come back");
            assertFalse(text(r).contains("OVERFLOW"));
        }
        for (String bad : List.of("-1", "abc", "1.5", "10 rows", "0x10")) {
            assertDaliError(get(b, TapClient.query(q, "MAXREC", bad)), 400, "MAXREC", "non-negative integer", bad);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unsupportedFormatAndLanguageAreNamed(Backend b) throws Exception {
        on(b);
        String q = "SELECT name FROM lyrae.calibrators";
        assertDaliError(get(b, TapClient.query(q, "RESPONSEFORMAT", "application/x-nonsense")), 400,
                "unsupported RESPONSEFORMAT", "application/x-nonsense", "supported:", "application/x-votable+xml", "text/csv");
        assertDaliError(postForm(b, TapClient.query(q, "FORMAT", "image/png")), 400, "image/png", "supported:");
        for (String lang : List.of("SQL", "PQL", "ADQL-3.0")) {
            assertDaliError(postForm(b, TapClient.query(q, "LANG", lang)), 400, "unsupported query language", lang, "ADQL");
        }
    }

    // ---------------------------------------------------------------- uploads

    @ParameterizedTest
    @EnumSource(Backend.class)
    void brokenUploadsAreRefused(Backend b) throws Exception {
        on(b);
        byte[] good = VOTABLE.getBytes(StandardCharsets.UTF_8);
        String q = "SELECT * FROM TAP_UPLOAD.t";
        // first, the good one works: what follows fails for the upload's sake, not the query's
        HttpResponse<byte[]> ok = multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"), file("f", "application/x-votable+xml", good)));
        assertOk(ok);
        assertEquals(2, rows(text(ok)));

        byte[] truncated = java.util.Arrays.copyOf(good, good.length * 2 / 3);
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"), file("f", "application/x-votable+xml", truncated))),
                400, "UPLOAD t", "not a table", "XML", "line");
        byte[] random = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(random);
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"), file("f", "application/octet-stream", random))),
                400, "UPLOAD t", "not a table", "binary");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"), file("f", "text/csv", random))),
                400, "UPLOAD t", "not a table", "binary");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"), file("f", "application/x-votable+xml", new byte[0]))),
                400, "UPLOAD t", "empty");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"),
                        file("f", "application/xml", "<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8)))),
                400, "UPLOAD t", "not a table", "VOTABLE");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f"),
                        file("f", "text/csv", "a,b\n1,2\n3\n".getBytes(StandardCharsets.UTF_8)))),
                400, "UPLOAD t", "wrong number of columns");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:nosuchpart"), file("f", "application/x-votable+xml", good))),
                400, "UPLOAD t", "param:nosuchpart", "no multipart part named 'nosuchpart'");
        assertDaliError(postForm(b, TapClient.query(q, "UPLOAD", "t,param:f")), 400, "no multipart part named 'f'");
        for (String name : List.of("1bad", "bad-name", "x\"y", "drop table")) {
            assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", name + ",param:f"), file("f", "application/x-votable+xml", good))),
                    400, name, "not a valid ADQL identifier");
        }
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t"), file("f", "application/x-votable+xml", good))),
                400, "UPLOAD must be 'table_name,URI'");
        assertDaliError(multipart(b, List.of(field("QUERY", q), field("UPLOAD", "t,param:f;t,param:f"), file("f", "application/x-votable+xml", good))),
                400, "names table 't' twice");
        for (String uri : List.of("file:///etc/passwd", "jar:file:/x!/y", "ftp://127.0.0.1/x")) {
            assertDaliError(postForm(b, TapClient.query(q, "UPLOAD", "t," + uri)), 400, "unsupported URI", uri);
        }
        // the upload is there, but the query names another
        assertDaliError(multipart(b, List.of(field("QUERY", "SELECT * FROM TAP_UPLOAD.other"), field("UPLOAD", "t,param:f"),
                file("f", "application/x-votable+xml", good))), 400, "unknown table", "TAP_UPLOAD.other");
    }

    /** Column names and cell values of an upload are data, never SQL. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void uploadContentCannotInject(Backend b) throws Exception {
        on(b);
        String evil = "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">"
                + "<RESOURCE><TABLE>"
                + "<FIELD name=\"id&quot;); DROP TABLE lyrae.calibrators; --\" datatype=\"int\"/>"
                + "<FIELD name=\"s\" datatype=\"char\" arraysize=\"*\"/>"
                + "<DATA><TABLEDATA>"
                + "<TR><TD>1</TD><TD>'); DROP TABLE lyrae.calibrators; --</TD></TR>"
                + "<TR><TD>2</TD><TD>\\'; DELETE FROM lyrae.bulge_rrab; --</TD></TR>"
                + "</TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>\n";
        HttpResponse<byte[]> r = multipart(b, List.of(field("QUERY", "SELECT * FROM TAP_UPLOAD.evil ORDER BY 1"),
                field("UPLOAD", "evil,param:evil"), file("evil", "application/x-votable+xml", evil.getBytes(StandardCharsets.UTF_8))));
        assertOk(r);
        assertEquals(2, rows(text(r)));
        assertTrue(text(r).contains("DROP TABLE lyrae.calibrators; --"), "the value comes back as data: " + text(r));
    }

    // ---------------------------------------------------------------- request bodies and sizes

    @ParameterizedTest
    @EnumSource(Backend.class)
    void wrongBodyTypesGet415(Backend b) throws Exception {
        on(b);
        String body = "{\"QUERY\": \"SELECT COUNT(*) FROM lyrae.calibrators\"}";
        for (String type : List.of("application/json", "text/plain", "application/xml", "application/octet-stream",
                "application/x-votable+xml")) {
            assertDaliError(post(b, type, body.getBytes(StandardCharsets.UTF_8)), 415, "unsupported request body type", type,
                    "application/x-www-form-urlencoded", "multipart/form-data");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void malformedRequestsAreDaliErrors(Backend b) throws Exception {
        on(b);
        String sync = TestServers.get(b).tap() + "/sync";
        // invalid UTF-8: percent-encoded in the URL, raw in a form body, raw in a multipart field
        assertDaliError(send(HttpRequest.newBuilder(URI.create(sync + "?QUERY=SELECT%20%FF%FE%20FROM%20lyrae.calibrators")).GET()),
                400, "not valid UTF-8");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(sync + "?LANG=ADQL&QUERY=SELECT%20name%20FROM%20lyrae.calibrators%20WHERE%20name%3D%27%C3%28%27")).GET()),
                400, "not valid UTF-8");
        assertDaliError(post(b, "application/x-www-form-urlencoded", concat("QUERY=SELECT ", new byte[] {(byte) 0xff, (byte) 0xfe},
                " FROM lyrae.calibrators")), 400, "not valid UTF-8");
        assertDaliError(post(b, "application/x-www-form-urlencoded; charset=UTF-8", concat("LANG=ADQL&QUERY=SELECT name FROM lyrae.calibrators WHERE name = '",
                new byte[] {(byte) 0xc3, (byte) 0x28}, "'")), 400, "not valid UTF-8");
        assertDaliError(multipart(b, List.of(new Part("QUERY", null, null,
                concat("SELECT ", new byte[] {(byte) 0xff, (byte) 0xfe}, " FROM lyrae.calibrators")))), 400, "not valid UTF-8");
        // broken encodings and bodies
        assertDaliError(raw(b, "GET /tap/sync?LANG=ADQL&QUERY=SELECT%ZZ HTTP/1.1\r\nHost: localhost\r\n"), 400,
                "query string", "percent-encoded");
        // bytes not percent-encoded at all: Jetty lets them through as U+FFFD, and the ADQL parser refuses them
        assertDaliError(raw(b, "GET /tap/sync?LANG=ADQL&QUERY=SELECT%20\u00ff\u00fe%20FROM%20lyrae.calibrators HTTP/1.1\r\n"
                + "Host: localhost\r\n"), 400, "incorrect character");
        HttpResponse<byte[]> badMultipart = post(b, "multipart/form-data; boundary=XYZ", "no parts here".getBytes(StandardCharsets.UTF_8));
        assertDaliError(badMultipart, 400, "multipart/form-data", "malformed");
        // Jetty drops a connection whose body it could not parse: the answer must say so, or the
        // client's next request on it fails (this one reuses the pool right away)
        assertEquals("close", badMultipart.headers().firstValue("Connection").orElse("").toLowerCase(Locale.ROOT));
        assertDaliError(post(b, "multipart/form-data", "--\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 400, "multipart/form-data", "malformed");
        // what Jetty answers itself is a DALI error too, not its HTML page
        StringBuilder longQuery = new StringBuilder("SELECT name FROM lyrae.calibrators WHERE name IN ('x'");
        for (int i = 0; i < 3000; i++) longQuery.append(", 'x").append(i).append('\'');
        longQuery.append(')');
        HttpResponse<byte[]> tooLong = get(b, TapClient.query(longQuery.toString()));
        assertDaliError(tooLong, 414, "URI too long", "POST");
        assertEquals("close", tooLong.headers().firstValue("Connection").orElse("").toLowerCase(Locale.ROOT));
        // ... and sent as a form, the same long query is fine
        assertOk(postForm(b, TapClient.query(longQuery.toString())));
        assertDaliError(send(HttpRequest.newBuilder(URI.create(TestServers.get(b).tap() + "/nosuch")).GET()), 404, "no such endpoint");
        // requests Jetty cannot parse at all
        assertDaliError(raw(b, "GET /tap/sync?QUERY=x HTTP/1.1\r\n"), 400, "no host");
        assertDaliError(raw(b, "POST /tap/sync HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n"), 400, "content-length");
        assertDaliError(raw(b, "GET /tap/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n"), 400, "malformed");
        assertDaliError(raw(b, "GET /tap/sync%00 HTTP/1.1\r\nHost: localhost\r\n"), 400, "malformed");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(sync)).PUT(HttpRequest.BodyPublishers.ofString("QUERY=x"))), 405,
                "does not take PUT", "GET and POST");
        assertDaliError(send(HttpRequest.newBuilder(URI.create(sync)).DELETE()), 405, "does not take DELETE");
    }

    /**
     * 100 MB, five times the upload limit, streamed from a generated stream (never held in memory):
     * sent chunked it is refused when the limit is reached; with its length announced, at once.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void hugeUploadsGet413(Backend b) throws Exception {
        on(b);
        long size = 100L * 1024 * 1024;
        String boundary = "lyraeHugeUpload" + System.nanoTime();
        URI sync = URI.create(TestServers.get(b).tap() + "/sync");
        String type = "multipart/form-data; boundary=" + boundary;
        HttpRequest chunked = HttpRequest.newBuilder(sync).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> hugeMultipart(boundary, size))).build();
        assertDaliError(sendStreamed(chunked), 413, "larger than the upload limit", "MiB");
        long length = hugeMultipart(boundary, size).transferTo(OutputStreamNull.INSTANCE);
        HttpRequest announced = HttpRequest.newBuilder(sync).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> hugeMultipart(boundary, size)), length)).build();
        assertDaliError(sendStreamed(announced), 413, "larger than the upload limit", "MiB");
        // a form body over the limit is refused the same way
        HttpRequest form = HttpRequest.newBuilder(sync).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream("LANG=ADQL&QUERY=SELECT+name+FROM+lyrae.calibrators+WHERE+name%3D%27".getBytes(StandardCharsets.US_ASCII)),
                        new Filler(25L * 1024 * 1024)))).build();
        assertDaliError(sendStreamed(form), 413, "larger than the upload limit");
    }

    // ---------------------------------------------------------------- checks

    /** A 4xx DALI error: a VOTable with QUERY_STATUS=ERROR whose message holds each word (any case). */
    private static String assertDaliError(HttpResponse<byte[]> r, int status, String... words) throws Exception {
        return assertDaliError(new Reply(r.request().method() + " " + abbreviate(r.request().uri().toString()), r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""), r.body()), status, words);
    }

    private static String assertDaliError(Reply r, int status, String... words) throws Exception {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String what = r.request() + " -> " + r.status() + " " + body;
        assertEquals(status, r.status(), what);
        assertTrue(r.status() >= 400 && r.status() < 500, what);
        assertTrue(r.contentType().startsWith("application/x-votable+xml"), "not a VOTable: " + r.contentType() + "; " + what);
        Document doc = parse(r.body(), what);
        Element root = doc.getDocumentElement();
        assertEquals("VOTABLE", root.getLocalName(), what);
        Element resource = (Element) root.getElementsByTagNameNS("*", "RESOURCE").item(0);
        assertNotNull(resource, what);
        assertEquals("results", resource.getAttribute("type"), what);
        String message = null;
        NodeList infos = resource.getElementsByTagNameNS("*", "INFO");
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            if ("QUERY_STATUS".equals(info.getAttribute("name"))) {
                assertEquals("ERROR", info.getAttribute("value"), what);
                message = info.getTextContent();
            }
        }
        assertNotNull(message, "no QUERY_STATUS INFO: " + what);
        assertFalse(message.isBlank(), "an error without a message: " + what);
        String lower = message.toLowerCase(Locale.ROOT);
        for (String w : words) assertTrue(lower.contains(w.toLowerCase(Locale.ROOT)), "message lacks '" + w + "': " + what);
        assertNoInternals(body, what);
        return message;
    }

    private static void assertNoInternals(String body, String what) {
        Matcher m = INTERNALS.matcher(body);
        if (m.find()) fail("the error shows internals ('" + m.group() + "'): " + what);
    }

    private static void assertOk(HttpResponse<byte[]> r) {
        String body = text(r);
        assertEquals(200, r.statusCode(), body);
        assertTrue(body.contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>"), body);
    }

    /** The demo data, the TAP_SCHEMA and the server are as they were. */
    private static void assertIntact(Backend b) throws Exception {
        for (Map.Entry<String, Long> e : COUNTS.entrySet()) {
            assertEquals(e.getValue(), count(b, "SELECT COUNT(*) AS n FROM " + e.getKey()), e.getKey() + " on " + b);
        }
        List<Long> schema = new ArrayList<>();
        for (String t : List.of("schemas", "tables", "columns", "keys", "key_columns")) {
            schema.add(count(b, "SELECT COUNT(*) AS n FROM TAP_SCHEMA." + t));
        }
        List<Long> before = SCHEMA_COUNTS.putIfAbsent(b, schema);
        if (before != null) assertEquals(before, schema, "TAP_SCHEMA on " + b);
        // no table stored for an upload, refused or not, is left behind in the database
        try (Connection c = TestServers.get(b).service().db.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = 'tap_upload'")) {
            assertTrue(rs.next());
            assertEquals(0L, rs.getLong(1), "upload tables left in tap_upload on " + b);
        }
    }

    private static long count(Backend b, String adql) throws Exception {
        HttpResponse<byte[]> r = get(b, TapClient.query(adql));
        assertOk(r);
        Matcher m = Pattern.compile("<TD>(\\d+)</TD>").matcher(text(r));
        assertTrue(m.find(), text(r));
        return Long.parseLong(m.group(1));
    }

    private static int rows(String votable) {
        int n = 0;
        for (int i = votable.indexOf("<TR>"); i >= 0; i = votable.indexOf("<TR>", i + 1)) n++;
        return n;
    }

    private static Document parse(byte[] body, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("the error document is not well-formed XML (" + e.getMessage() + "): " + what);
        }
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpResponse<byte[]> get(Backend b, Map<String, String> params) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(TestServers.get(b).tap() + "/sync?" + TapClient.form(params))).GET());
    }

    private static HttpResponse<byte[]> postForm(Backend b, Map<String, String> params) throws Exception {
        return post(b, "application/x-www-form-urlencoded", TapClient.form(params).getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpResponse<byte[]> post(Backend b, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(TestServers.get(b).tap() + "/sync"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder r) throws Exception {
        return HTTP.send(r.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a streamed body that the server refuses before reading it all: the answer must still
     * reach the client (with "Connection: close"), not a reset connection.
     */
    private static HttpResponse<byte[]> sendStreamed(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A query that must be refused, and words its message must hold. */
    record Bad(String query, String... words) {
    }


    /** What came back, for requests that java.net.http cannot even send. */
    record Reply(String request, int status, String contentType, byte[] body) {
    }

    /**
     * Sends a request as raw bytes (each char of {@code head} one byte, ISO-8859-1) over a socket:
     * for malformed requests that URI and HttpClient refuse to build.
     */
    private static Reply raw(Backend b, String head) throws Exception {
        URI base = URI.create(TestServers.get(b).baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no HTTP response to " + head + ": " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = "";
            boolean chunked = false;
            for (String l : lines) {
                String lower = l.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) type = l.substring(13).trim();
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            }
            assertFalse(chunked, "unexpected chunked error body");
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Reply(head.split("\r\n")[0], status, type, body);
        }
    }

    private static Part field(String name, String value) {
        return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Part file(String name, String contentType, byte[] content) {
        return new Part(name, name + ".dat", contentType, content);
    }

    private static HttpResponse<byte[]> multipart(Backend b, List<Part> parts) throws Exception {
        String boundary = "lyraeTest" + System.nanoTime();
        return post(b, "multipart/form-data; boundary=" + boundary, TapClient.multipartBody(boundary, parts));
    }

    /** A multipart upload of {@code size} bytes of CSV, generated as it is read. */
    private static InputStream hugeMultipart(String boundary, long size) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"QUERY\"\r\n\r\nSELECT COUNT(*) FROM TAP_UPLOAD.big\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"UPLOAD\"\r\n\r\nbig,param:big\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"big\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nid,x\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)), new Filler(size),
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))));
    }

    /** {@code size} bytes of "1,2\n" lines, made on demand. */
    private static final class Filler extends InputStream {
        private static final byte[] LINE = "1,2\n".getBytes(StandardCharsets.US_ASCII);
        private long left;

        Filler(long size) {
            left = size;
        }

        @Override
        public int read() {
            if (left <= 0) return -1;
            return LINE[(int) (left-- % LINE.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) return -1;
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) b[off + i] = LINE[(int) ((left - i) % LINE.length)];
            left -= n;
            return n;
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    private static byte[] concat(String a, byte[] raw, String c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static final String VOTABLE = "<?xml version=\"1.0\"?>\n"
            + "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n"
            + "<RESOURCE><TABLE>\n"
            + "<FIELD name=\"id\" datatype=\"int\"/>\n"
            + "<FIELD name=\"ra\" datatype=\"double\" unit=\"deg\"/>\n"
            + "<FIELD name=\"dec\" datatype=\"double\" unit=\"deg\"/>\n"
            + "<DATA><TABLEDATA>\n"
            + "<TR><TD>1</TD><TD>10.5</TD><TD>-20.25</TD></TR>\n"
            + "<TR><TD>2</TD><TD>11.5</TD><TD>-21.25</TD></TR>\n"
            + "</TABLEDATA></DATA>\n"
            + "</TABLE></RESOURCE>\n"
            + "</VOTABLE>\n";
}
