package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.Tables;

/** TAP 1.1 / DALI 1.1 parameters of /sync: formats, MAXREC and overflow, names in any case. */
class SyncProtocolTest {
    private static final String Q = "SELECT name, ra, dec, feh, feh_error, n_spectra FROM lyrae.calibrators ORDER BY name";

    @ParameterizedTest
    @CsvSource({
        "votable, application/x-votable+xml, votable",
        "votable/td, application/x-votable+xml, votable",
        "application/x-votable+xml;serialization=BINARY, application/x-votable+xml;serialization=BINARY, votable",
        "votable/b2, application/x-votable+xml;serialization=BINARY2, votable",
        "fits, application/fits, fits",
        "csv, text/csv, csv",
        "text/csv, text/csv, csv",
        "tsv, text/tab-separated-values, tsv",
    })
    void everyFormatGivesTheSameTable(String asked, String mime, String stilFormat) throws Exception {
        for (TestServers.Backend b : TestServers.Backend.values()) {
            HttpResponse<byte[]> r = TapClient.sync(TestServers.get(b).tap(), TapClient.query(Q, "RESPONSEFORMAT", asked));
            assertEquals(200, r.statusCode(), TapClient.text(r));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mime),
                    r.headers().firstValue("Content-Type").orElse(""));
            if ("tsv".equals(stilFormat)) {
                // STIL reads no header-line TSV: check it by hand
                String[] lines = TapClient.text(r).split("\n");
                assertEquals(187, lines.length);
                assertEquals("name\tra\tdec\tfeh\tfeh_error\tn_spectra", lines[0]);
                assertTrue(lines[1].startsWith("AA_Aql\t"), lines[1]);
                assertEquals(6, lines[1].split("\t", -1).length);
                continue;
            }
            StarTable t = Tables.randomTable(TapClient.read(r.body(), stilFormat));
            assertEquals(186, t.getRowCount(), asked + " on " + b);
            assertEquals(6, t.getColumnCount());
            int feh = 3;
            // AA_Aql is the first calibrator by name: a real value, equal in every format
            assertEquals("AA_Aql", String.valueOf(t.getCell(0, 0)).trim());
            double v = Double.parseDouble(String.valueOf(t.getCell(0, feh)));
            assertTrue(v > -3 && v < 0.5, "feh " + v);
        }
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void voTableCarriesUnitsUcdsAndStatus(TestServers.Backend b) throws Exception {
        HttpResponse<byte[]> r = TapClient.sync(TestServers.get(b).tap(), TapClient.query(Q));
        String body = TapClient.text(r);
        assertTrue(body.contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>"), body);
        assertFalse(body.contains("OVERFLOW"));
        StarTable t = TapClient.read(r.body(), "votable");
        ColumnInfo ra = t.getColumnInfo(1);
        assertEquals("deg", ra.getUnitString());
        assertEquals("pos.eq.ra;meta.main", ra.getUCD());
        assertEquals("phys.abund.Z", t.getColumnInfo(3).getUCD());
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void overflowOnlyWhenRowsWereReallyCut(TestServers.Backend b) throws Exception {
        String tap = TestServers.get(b).tap();
        // exactly as many rows as MAXREC: nothing was cut
        String exact = TapClient.text(TapClient.sync(tap, TapClient.query(Q, "MAXREC", "186")));
        assertFalse(exact.contains("value=\"OVERFLOW\""), "overflow reported with nothing cut");
        assertEquals(186, Tables.randomTable(TapClient.read(exact.getBytes(StandardCharsets.UTF_8), "votable")).getRowCount());
        String cut = TapClient.text(TapClient.sync(tap, TapClient.query(Q, "MAXREC", "185")));
        assertTrue(cut.contains("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>"), "no overflow when one row was cut");
        assertEquals(185, Tables.randomTable(TapClient.read(cut.getBytes(StandardCharsets.UTF_8), "votable")).getRowCount());
        // TOP below MAXREC is the user's own limit, not an overflow
        String top = TapClient.text(TapClient.sync(tap, TapClient.query("SELECT TOP 10 name FROM lyrae.calibrators", "MAXREC", "10")));
        assertFalse(top.contains("value=\"OVERFLOW\""));
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void maxrecZeroGivesMetadataOnly(TestServers.Backend b) throws Exception {
        HttpResponse<byte[]> r = TapClient.sync(TestServers.get(b).tap(), TapClient.query(Q, "MAXREC", "0"));
        assertEquals(200, r.statusCode());
        StarTable t = Tables.randomTable(TapClient.read(r.body(), "votable"));
        assertEquals(0, t.getRowCount());
        assertEquals("feh_error", t.getColumnInfo(4).getName());
        assertEquals("stat.error;phys.abund.Z", t.getColumnInfo(4).getUCD());
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void parameterNamesAreCaseInsensitiveOnGetToo(TestServers.Backend b) throws Exception {
        String url = TestServers.get(b).tap() + "/sync?request=doQuery&lang=adql&runid=test-1&format=csv&query="
                + URLEncoder.encode("SELECT COUNT(*) AS n FROM lyrae.bulge_rrab", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = TapClient.get(url);
        assertEquals(200, r.statusCode(), TapClient.text(r));
        assertEquals("n\n4447\n", TapClient.text(r).replace("\r", ""));
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void adql20And21AreBothAccepted(TestServers.Backend b) throws Exception {
        String tap = TestServers.get(b).tap();
        for (String lang : new String[] {"ADQL-2.0", "ADQL-2.1"}) {
            HttpResponse<byte[]> r = TapClient.sync(tap, Map.of("LANG", lang, "QUERY", "SELECT TOP 1 name FROM lyrae.calibrators"));
            assertEquals(200, r.statusCode(), lang + ": " + TapClient.text(r));
        }
        // OFFSET and ILIKE are ADQL 2.1 only
        HttpResponse<byte[]> r = TapClient.sync(tap, TapClient.query(
                "SELECT name FROM lyrae.calibrators WHERE name ILIKE 'aa\\_%' ORDER BY name OFFSET 1", "RESPONSEFORMAT", "csv"));
        assertEquals(200, r.statusCode(), TapClient.text(r));
        HttpResponse<byte[]> old = TapClient.sync(tap, Map.of("LANG", "ADQL-2.0",
                "QUERY", "SELECT name FROM lyrae.calibrators ORDER BY name OFFSET 1"));
        assertEquals(400, old.statusCode(), "OFFSET is not ADQL 2.0");
    }
}
