package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.votable.VOTableBuilder;

/**
 * Results stream from the database cursor to the client: a server limited to a 96 MiB heap sends
 * three million rows (which as Java objects would need several times that) and stays healthy.
 */
class StreamingMemoryTest {
    private static final long ROWS = 3_000_000;

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void millionsOfRowsThroughASmallHeap(TestServers.Backend backend) throws Exception {
        TestServers.get(backend);   // the demo tables exist (PostgreSQL) / the code path is warm
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path var = Files.createTempDirectory("lyrae-stream");
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "-Dlyrae.var=" + var, "-Dlyrae.data=" + TestServers.sharedData(),
                "org.lyrae.webapp.Main", "serve", "--port", Integer.toString(port)));
        if (backend == TestServers.Backend.POSTGRES) cmd.addAll(List.of("--db", TestServers.PG_URL));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(var.resolve("server.log").toFile()).start();
        try {
            String tap = "http://127.0.0.1:" + port + "/tap";
            waitUntilUp(tap, server, var);
            String q = "SELECT a.crts_id, a.ra, b.id, b.feh FROM lyrae.crts_rrlyrae AS a, lyrae.bulge_rrab AS b";
            String url = tap + "/sync?LANG=ADQL&RESPONSEFORMAT=votable/b2&MAXREC=" + ROWS + "&QUERY="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8);
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            long[] count = {0};
            try (InputStream in = r.body()) {
                new VOTableBuilder().streamStarTable(in, new CountingSink(count), null);
            }
            assertEquals(ROWS, count[0]);
            assertTrue(server.isAlive(), "the server died: " + Files.readString(var.resolve("server.log")));
            String log = Files.readString(var.resolve("server.log"));
            assertTrue(!log.contains("OutOfMemoryError"), log);
            // and it still answers
            HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tap
                    + "/sync?LANG=ADQL&RESPONSEFORMAT=csv&QUERY=" + URLEncoder.encode("SELECT COUNT(*) AS n FROM lyrae.calibrators",
                    StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("n\n186\n", again.body().replace("\r", ""));
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static void waitUntilUp(String tap, Process server, Path var) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            if (!server.isAlive()) throw new AssertionError("server exited: " + Files.readString(var.resolve("server.log")));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(tap + "/availability")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not start");
    }

    /** Counts rows as they stream past, keeping none. */
    private static final class CountingSink implements TableSink {
        private final long[] count;

        CountingSink(long[] count) {
            this.count = count;
        }

        @Override
        public void acceptMetadata(StarTable meta) {
        }

        @Override
        public void acceptRow(Object[] row) {
            count[0]++;
        }

        @Override
        public void endRows() {
        }
    }
}
