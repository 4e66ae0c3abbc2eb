package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.webapp.TestServers.Backend;

/**
 * The real Python VO clients, Debian's pyvo 1.2.1 and astroquery 0.4.6 (installed for
 * /usr/bin/python3 by deploy/bootstrap.sh), against the service on each backend: the script
 * {@code src/test/python/tap_clients.py} runs a cone search, reads the table metadata, joins an
 * uploaded table, truncates with MAXREC, runs ADQL 2.1 and geometry queries, and repeats a query
 * and an upload with astroquery's TapPlus; it prints what the clients got as one JSON document.
 * Expected values come from the catalogue files and from known stars, not from the service; and
 * the documents of H2 and PostgreSQL must be the same.
 */
class ClientInteropTest {
    private static final Path SCRIPT = Paths.get("src/test/python/tap_clients.py");
    private static final Map<Backend, JsonNode> RESULTS = new EnumMap<>(Backend.class);
    private static final double EPS = 1e-9;

    /** The script's document for a backend, run once per test JVM. */
    static synchronized JsonNode clients(Backend backend) throws Exception {
        JsonNode doc = RESULTS.get(backend);
        if (doc == null) {
            doc = ClientChecks.runScript(SCRIPT, TestServers.get(backend).tap(), 120);
            RESULTS.put(backend, doc);
        }
        return doc;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void coneSearchFindsTheStarsOfTheCatalogueFile(Backend backend) throws Exception {
        JsonNode cone = clients(backend).get("cone");
        assertEquals("OK", cone.at("/status/0").asText());
        // the same cone worked out here from the CRTS file itself
        List<Long> expected = ClientChecks.crtsConeIds(220.0, 0.0, 2.0);
        assertEquals(16, expected.size());
        assertEquals(expected, longs(cone.get("rows"), 0), "cone ids, ordered by crts_id");
        assertTrue(cone.get("client_side_matches").asBoolean(), "pyvo's own cone check");
        assertEquals(0.0, cone.get("distance_max_error_deg").asDouble(), "DISTANCE against haversine");
        // one star in full: CSS_J143713.3+001623 0.27324 ... in RRL_params
        JsonNode star = row(cone.get("rows"), 0, 1101078007581L);
        assertEquals("CSS_J143713.3+001623", star.get(1).asText());
        assertEquals(219.30544, star.get(2).asDouble(), EPS);
        assertEquals(0.27324, star.get(3).asDouble(), EPS);
        assertEquals(16.026, star.get(4).asDouble(), EPS);
        assertEquals(0.6036577, star.get(5).asDouble(), EPS);
        assertEquals(251, star.get(6).asInt());
        assertEquals("[IGF2000] 104", star.get(7).asText());
        assertEquals(ClientChecks.distanceDeg(219.30544, 0.27324, 220, 0), star.get(8).asDouble(), 1e-6);
        // metadata of the result columns, as pyvo read it from the FIELDs
        JsonNode ra = cone.at("/fields/2");
        assertEquals("ra", ra.get("name").asText());
        assertEquals("deg", ra.get("unit").asText());
        assertEquals("pos.eq.ra;meta.main", ra.get("ucd").asText());
        assertEquals("double", ra.get("datatype").asText());
        assertEquals("long", cone.at("/fields/0/datatype").asText());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tableMetadataAsTheDescriptorsSay(Backend backend) throws Exception {
        JsonNode tables = clients(backend).get("tables");
        List<String> names = strings(tables.get("tables"));
        assertTrue(names.containsAll(List.of("lyrae.calibrators", "lyrae.crts_rrlyrae", "lyrae.bulge_rrab",
                "TAP_SCHEMA.tables", "TAP_SCHEMA.columns")), names.toString());
        List<ColumnDescriptor> expected = DescriptorCatalog.resource("lyrae.calibrators").columns();
        JsonNode got = tables.at("/calibrators/columns");
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            ColumnDescriptor c = expected.get(i);
            JsonNode g = got.get(i);
            assertEquals(c.name(), g.get("name").asText());
            assertEquals(c.unit(), text(g.get("unit")), c.name() + " unit");
            assertEquals(c.ucd(), text(g.get("ucd")), c.name() + " ucd");
            assertEquals(c.datatype(), g.get("datatype").asText(), c.name() + " datatype");
            assertEquals(c.nullable(), strings(g.get("flags")).contains("nullable"), c.name() + " nullable");
        }
        assertEquals("deg", got.at("/2/unit").asText());
        assertEquals("phys.abund.Z", got.at("/7/ucd").asText());
        assertEquals("crts_id", tables.at("/crts_rrlyrae_columns/0").asText());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void uploadedPositionsJoinExactlyTheirCalibrators(Backend backend) throws Exception {
        JsonNode up = clients(backend).get("upload_join");
        assertEquals("OK", up.at("/status/0").asText());
        // id, name, feh, feh_error, rr_type, gaia_dr2_source_id, sep_arcsec; the decoy (id 6) matches nothing
        Object[][] expected = {
            {1, "AO_Tuc", -1.6914999485015867, 0.1380000114440918, "RRc", 4918030715504071296L},
            {2, "ASAS-143322-0418.2", -1.2588888888888885, 0.116, "RRc", 3642187380028718464L},
            {3, "DX_Del", -0.43749999999999994, 0.047, "RRab", 1760981190300823808L},
            {4, "RR_Lyr", -1.56867137780852, 0.1, "RRab", null},
            {5, "X_Ari", -2.59625, 0.047, "RRab", 15489408711727488L},
        };
        JsonNode rows = up.get("rows");
        assertEquals(expected.length, rows.size(), rows.toString());
        for (int i = 0; i < expected.length; i++) {
            JsonNode r = rows.get(i);
            assertEquals(expected[i][0], r.get(0).asInt());
            assertEquals(expected[i][1], r.get(1).asText());
            assertEquals((double) expected[i][2], r.get(2).asDouble(), EPS * 10);
            assertEquals((double) expected[i][3], r.get(3).asDouble(), EPS);
            assertEquals(expected[i][4], r.get(4).asText());
            if (expected[i][5] == null) {
                assertTrue(r.get(5).isNull(), "RR_Lyr has no Gaia id");
            } else {
                assertEquals(expected[i][5], r.get(5).asLong());
            }
            assertEquals(0.3, r.get(6).asDouble(), 1e-3, "each upload was moved 0.3 arcsec north");
        }
        // the outer join keeps the decoy, with an empty name
        JsonNode outer = up.get("outer_rows");
        assertEquals(6, outer.size());
        assertEquals(6, outer.at("/5/0").asInt());
        assertTrue(outer.at("/5/1").isNull() || outer.at("/5/1").asText().isEmpty(), outer.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void maxrecTruncationIsReportedToPyvo(Backend backend) throws Exception {
        JsonNode m = clients(backend).get("maxrec");
        assertEquals(100000, m.get("service_maxrec").asInt());
        assertEquals(20000000, m.get("service_hardlimit").asInt());
        JsonNode cut = m.get("truncated");
        assertEquals(25, cut.get("rows").asInt());
        // pyvo 1.2.1 takes the first QUERY_STATUS INFO: the overflow must be stated before the table
        assertEquals("OVERFLOW", cut.at("/status/0").asText());
        assertEquals(List.of("OVERFLOW"), strings(cut.get("resource_query_status")));
        List<Long> ids = new ArrayList<>();
        for (String[] f : ClientChecks.crtsRows()) ids.add(Long.parseLong(f[10]));
        ids.sort(null);
        assertEquals(List.of(ids.get(0), ids.get(24)), longs(cut.get("first_last"), -1));

        JsonNode exact = m.get("exact");
        assertEquals(186, exact.get("rows").asInt());
        assertEquals("OK", exact.at("/status/0").asText(), "exactly MAXREC rows is no overflow");
        assertEquals(List.of("OK"), strings(exact.get("resource_query_status")));

        JsonNode zero = m.get("zero");
        assertEquals(0, zero.get("rows").asInt());
        assertEquals("OVERFLOW", zero.at("/status/0").asText());
        assertEquals("feh", zero.at("/fields/1/name").asText());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void adqlFeaturesTheServiceAdvertises(Backend backend) throws Exception {
        JsonNode a = clients(backend).get("adql21");
        Map<String, List<String>> advertised = new TreeMap<>();
        a.get("advertised").fields().forEachRemaining(e -> advertised.put(e.getKey(), strings(e.getValue())));
        assertEquals(Map.of(
                "features-adql-common-table", List.of("WITH"),
                "features-adql-offset", List.of("OFFSET"),
                "features-adql-sets", List.of("EXCEPT", "INTERSECT", "UNION"),
                "features-adql-string", List.of("ILIKE", "LOWER", "UPPER"),
                "features-adql-type", List.of("CAST"),
                "features-adqlgeo", List.of("AREA", "BOX", "CENTROID", "CIRCLE", "CONTAINS", "COORD1", "COORD2",
                        "DISTANCE", "INTERSECTS", "POINT", "POLYGON")), advertised, "each one is used below");

        // 186 calibrators: OFFSET 180 leaves the last 6 by name
        assertEquals(List.of("XZ_Cyg", "XZ_Dra", "X_Ari", "YZ_Cap", "Y_Crv", "Z_Mic"), column(a, "offset", 0));
        assertEquals(3, a.at("/top_offset/count").asInt());
        assertEquals(List.of("ASAS-081012-2903.0", "RR_Cet", "RR_Gem", "RR_Gru", "RR_Lyr"),
                column(a, "ilike_lower_upper", 0));
        assertEquals("rr_lyr", a.at("/ilike_lower_upper/rows/4/1").asText());
        assertEquals("RRAB", a.at("/ilike_lower_upper/rows/4/2").asText());
        // CAST to CHAR(n) keeps n characters (the database used to get a bare CHAR: one)
        JsonNode cast = a.at("/cast/rows");
        assertEquals(List.of("AO_Tuc", "RR_Lyr", "X_Ari"), column(a, "cast", 0));
        assertEquals(2.0, cast.at("/0/1").asDouble());
        assertEquals("4918030715504071296", cast.at("/0/3").asText());
        assertEquals("15489408711727488", cast.at("/2/3").asText().strip());
        assertEquals("AO_T", cast.at("/0/4").asText());
        // COALESCE works but is not advertised: its ADQL 2.1 key, features-adql-conditional, is
        // unknown to the installed taplint (3.4.7), which reports it as an error
        JsonNode coalesce = a.at("/coalesce/rows");
        assertEquals(-1.0, coalesce.at("/0/1").asDouble(), "AO_Tuc has no period");
        assertEquals(0.566782, coalesce.at("/1/1").asDouble(), EPS);
        assertEquals(0, coalesce.at("/1/2").asLong(), "RR_Lyr has no Gaia id");
        assertEquals("[[\"bulge_rrab\",4447],[\"calibrators\",186],[\"crts_rrlyrae\",12379]]",
                a.at("/union/rows").toString());
        assertEquals(List.of("RRab"), column(a, "except", 0));
        assertEquals(4, a.at("/intersect/count").asInt());
        assertEquals("[[\"RRab\",5,-2.635250092],[\"RRc\",3,-2.688474126]]", a.at("/with/rows").toString());

        // geometry
        assertEquals("KIC-7030715", a.at("/distance_top/rows/0/0").asText());
        assertEquals(ClientChecks.distanceDeg(291.36630125, 42.78435833333333, 291, 42), a.at("/distance_top/rows/1/1").asDouble(),
                1e-6, "RR_Lyr");
        assertEquals(1101078007581L, a.at("/distance_two_args/rows/0/0").asLong());
        assertEquals(16, a.at("/intersects_circle_circle/rows/0/0").asInt(), "circles of 0.5 deg within 2 deg");
        assertEquals(478, a.at("/intersects_point_polygon/rows/0/0").asInt());
        JsonNode polygon = a.get("polygon");
        assertTrue(polygon.get("client_side_matches").asBoolean(), "POLYGON against the client's own test");
        assertEquals(polygon.get("client_side_count").asInt(), polygon.get("count").asInt());
        assertEquals(172, polygon.get("count").asInt());
        JsonNode box = a.get("box");
        assertTrue(box.get("client_side_matches").asBoolean(), "BOX against the client's gnomonic rectangle");
        assertEquals(box.get("client_side_count").asInt(), box.get("count").asInt());
        assertEquals(996, box.get("count").asInt());
        assertEquals(1001, box.get("ra_dec_range_count").asInt(), "a plain RA/Dec range is another region");
        JsonNode g = a.at("/geometry_values/rows/0");
        double cap = 2 * Math.PI * (1 - Math.cos(Math.toRadians(1))) * Math.pow(180 / Math.PI, 2);
        assertEquals(cap, g.get(0).asDouble(), 1e-6);
        assertEquals("[11.0,0.3333634]", g.get(1).toString(), "CENTROID of a polygon");
        assertEquals("[359.5,45.0]", g.get(2).toString(), "CENTROID of a BOX is its centre");
        assertEquals(1.0, g.get(3).asDouble(), 1e-4, "AREA of a 1 x 1 degree BOX");
        assertEquals(33.5, g.get(4).asDouble(), "COORD1");
        assertEquals(-12.25, g.get(5).asDouble(), "COORD2");
        assertEquals("[33.5,-12.25]", g.get(6).toString(), "a POINT, as DALI's xtype point");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void astroqueryTapPlus(Backend backend) throws Exception {
        JsonNode aq = clients(backend).get("astroquery");
        JsonNode sync = aq.get("sync");
        assertEquals(5, sync.get("count").asInt());
        // the five CHR stars poorest in metals
        assertEquals(List.of("MT_Tel", "DP_Hya", "X_Ari", "TV_Boo", "V701_Pup"), strings(aq.at("/sync/rows"), 0));
        assertEquals(-2.59625, aq.at("/sync/rows/2/3").asDouble(), EPS);
        assertTrue(aq.at("/sync/rows/3/5").asBoolean(), "TV_Boo is Blazhko-modulated");
        assertEquals("deg", aq.at("/sync/units/ra").asText());
        // upload from TapPlus: its multipart boundary is not a token and comes unquoted
        assertEquals("[[1,\"AO_Tuc\"],[2,\"ASAS-143322-0418.2\"],[3,\"DX_Del\"],[4,\"RR_Lyr\"],[5,\"X_Ari\"]]",
                aq.at("/upload/rows").toString());
        JsonNode lt = aq.get("load_tables");
        if (lt.get("ok").asBoolean()) {
            assertTrue(strings(lt.get("tables")).contains("lyrae.calibrators"));
        } else {
            // astroquery 0.4.6 reads tablesets the ESA TAP+ way (an esatapplus:flags attribute on each column)
            assertTrue(lt.get("client_limitation").asText().contains("esatapplus:flags"), lt.toString());
        }
    }

    @Test
    void h2AndPostgresqlGiveTheClientsTheSameAnswers() throws Exception {
        JsonNode h2 = clients(Backend.H2), pg = clients(Backend.POSTGRES);
        List<String> differences = new ArrayList<>();
        ClientChecks.diff(h2, pg, "", differences);
        assertEquals(List.of(), differences);
    }




    private static JsonNode row(JsonNode rows, int column, long key) {
        for (JsonNode r : rows) if (r.get(column).asLong() == key) return r;
        throw new AssertionError("no row with " + key + " in " + rows);
    }

    /** Values of a JSON array (column -1) or of one column of an array of rows. */
    private static List<Long> longs(JsonNode array, int column) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : array) out.add((column < 0 ? n : n.get(column)).asLong());
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private static List<String> strings(JsonNode rows, int column) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) out.add(r.get(column).asText());
        return out;
    }

    private static List<String> column(JsonNode adql, String query, int column) {
        return strings(adql.get(query).get("rows"), column);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
