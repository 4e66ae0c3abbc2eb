package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.ac.starlink.fits.FitsTableWriter;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.Tables;

/** TAP_UPLOAD in the formats users send (VOTable, CSV, FITS), inline and by http URL, joined with a catalogue. */
class UploadTest {
    private static final String JOIN = "SELECT u.id, c.name, c.feh FROM TAP_UPLOAD.mine AS u JOIN lyrae.calibrators AS c "
            + "ON 1 = CONTAINS(POINT(c.ra, c.dec), CIRCLE(u.ra, u.dec, 2.0/3600)) ORDER BY u.id";

    /** Two real calibrators' positions (looked up in the service) and one empty sky position. */
    private static StarTable positions(String tap) throws Exception {
        StarTable cal = Tables.randomTable(TapClient.table(tap,
                "SELECT TOP 2 name, ra, dec FROM lyrae.calibrators WHERE name IN ('RR_Lyr', 'AA_Aql') ORDER BY name"));
        RowListStarTable t = new RowListStarTable(new ColumnInfo[] {
            new ColumnInfo("id", Integer.class, null), new ColumnInfo("ra", Double.class, null), new ColumnInfo("dec", Double.class, null)});
        for (int i = 0; i < cal.getRowCount(); i++) t.addRow(new Object[] {i + 1, cal.getCell(i, 1), cal.getCell(i, 2)});
        t.addRow(new Object[] {9, 0.0, -89.0});
        return t;
    }

    private static String csv(StarTable t) throws Exception {
        StringBuilder sb = new StringBuilder("id,ra,dec\n");
        for (int i = 0; i < t.getRowCount(); i++) sb.append(t.getCell(i, 0)).append(',').append(t.getCell(i, 1)).append(',').append(t.getCell(i, 2)).append('\n');
        return sb.toString();
    }

    private static byte[] fits(StarTable t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FitsTableWriter().writeStarTable(t, out);
        return out.toByteArray();
    }

    private static byte[] votable(StarTable t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new uk.ac.starlink.votable.VOTableWriter().writeStarTable(t, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void inlineUploadsInEveryFormatJoinTheSame(TestServers.Backend b) throws Exception {
        String tap = TestServers.get(b).tap();
        StarTable pos = positions(tap);
        assertEquals(3, pos.getRowCount());
        for (Object[] part : List.of(new Object[] {votable(pos), "application/x-votable+xml"},
                new Object[] {csv(pos).getBytes(StandardCharsets.UTF_8), "text/csv"},
                new Object[] {fits(pos), "application/fits"})) {
            HttpResponse<byte[]> r = multipart(tap, (byte[]) part[0], (String) part[1]);
            assertEquals(200, r.statusCode(), part[1] + ": " + TapClient.text(r));
            StarTable t = Tables.randomTable(TapClient.read(r.body(), "votable"));
            assertEquals(2, t.getRowCount(), "matched rows for " + part[1]);
            assertEquals("AA_Aql", t.getCell(0, 1));
            assertEquals("RR_Lyr", t.getCell(1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void uploadByHttpUrl(TestServers.Backend b) throws Exception {
        String tap = TestServers.get(b).tap();
        byte[] vot = votable(positions(tap));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mine.vot", ex -> {
            ex.sendResponseHeaders(200, vot.length);
            ex.getResponseBody().write(vot);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/mine.vot";
            HttpResponse<byte[]> r = TapClient.sync(tap, TapClient.query(JOIN, "UPLOAD", "mine," + url));
            assertEquals(200, r.statusCode(), TapClient.text(r));
            assertEquals(2, Tables.randomTable(TapClient.read(r.body(), "votable")).getRowCount());
            HttpResponse<byte[]> missing = TapClient.sync(tap, TapClient.query(JOIN, "UPLOAD", "mine," + url.replace("mine.vot", "other.vot")));
            assertEquals(400, missing.statusCode());
            assertTrue(TapClient.text(missing).contains("HTTP 404"), TapClient.text(missing));
        } finally {
            server.stop(0);
        }
    }

    static HttpResponse<byte[]> multipart(String tap, byte[] table, String type) throws Exception {
        String boundary = "lyrae-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] f : new String[][] {{"LANG", "ADQL"}, {"QUERY", JOIN}, {"UPLOAD", "mine,param:t1"}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"t1\"; filename=\"t1\"\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(table);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tap + "/sync"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
