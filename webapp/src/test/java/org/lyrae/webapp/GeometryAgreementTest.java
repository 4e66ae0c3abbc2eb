package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyrae.tap.geom.Sphere;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * ADQL geometry on both backends: pgSphere (PostgreSQL) and Lyrae's own Java functions (H2) are
 * independent implementations, so identical answers on real data test both; the cone is also
 * checked against a brute-force distance over the whole table.
 */
class GeometryAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // cone (the index path) and its negation
        "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 180, 10, 5)) ORDER BY crts_id",
        "SELECT COUNT(*) AS n FROM lyrae.crts_rrlyrae WHERE CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 180, 10, 5)) = 0",
        // a cone across RA = 0 and one around the pole
        "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(0.5, 5, 4)) ORDER BY crts_id",
        "SELECT name FROM lyrae.calibrators WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(0, 90, 40)) ORDER BY name",
        // box and polygon
        "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT(ra, dec), BOX(200, 20, 10, 6)) ORDER BY crts_id",
        "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT(ra, dec), POLYGON(150, 0, 170, 0, 170, 15, 150, 25)) ORDER BY crts_id",
        // intersects with a circle around each star
        "SELECT name FROM lyrae.calibrators WHERE 1 = INTERSECTS(CIRCLE(ra, dec, 1), CIRCLE(100, -30, 20)) ORDER BY name",
        // distance, rounded to a micro-degree
        "SELECT TOP 20 name, ROUND(DISTANCE(POINT(ra, dec), POINT(10, -20)), 6) AS d FROM lyrae.calibrators ORDER BY d, name",
        // positional self-join of two catalogues
        "SELECT c.name, r.crts_id FROM lyrae.calibrators AS c JOIN lyrae.crts_rrlyrae AS r "
            + "ON 1 = CONTAINS(POINT(r.ra, r.dec), CIRCLE(c.ra, c.dec, 10.0/3600)) ORDER BY c.name, r.crts_id",
        // geometry values out, as DALI arrays
        "SELECT TOP 3 name, POINT(ra, dec) AS p, COORD1(POINT(ra, dec)) AS c1 FROM lyrae.calibrators ORDER BY name",
        // area of a cap of 1 degree, in square degrees
        "SELECT TOP 1 ROUND(AREA(CIRCLE(10, 10, 1)), 6) AS a FROM lyrae.calibrators"
    })
    void bothBackendsAgree(String adql) throws Exception {
        List<String> h2 = rows(TestServers.get(TestServers.Backend.H2).tap(), adql);
        List<String> pg = rows(TestServers.get(TestServers.Backend.POSTGRES).tap(), adql);
        assertEquals(pg, h2, adql);
        assertTrue(!h2.isEmpty(), "query found nothing, so it tests nothing: " + adql);
    }

    @org.junit.jupiter.api.Test
    void coneMatchesBruteForceDistances() throws Exception {
        String tap = TestServers.get(TestServers.Backend.POSTGRES).tap();
        StarTable all = TapClient.table(tap, "SELECT crts_id, ra, dec FROM lyrae.crts_rrlyrae ORDER BY crts_id");
        List<String> expected = new ArrayList<>();
        try (RowSequence r = all.getRowSequence()) {
            while (r.next()) {
                double ra = ((Number) r.getCell(1)).doubleValue(), dec = ((Number) r.getCell(2)).doubleValue();
                if (Sphere.distance(ra, dec, 180, 10) <= 5) expected.add(r.getCell(0) + "|");
            }
        }
        assertTrue(expected.size() > 10, "the cone should hold stars: " + expected.size());
        for (TestServers.Backend b : TestServers.Backend.values()) {
            List<String> got = rows(TestServers.get(b).tap(),
                    "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(180, 10, 5)) ORDER BY crts_id");
            assertEquals(expected, got, "cone on " + b);
        }
    }

    static List<String> rows(String tap, String adql) throws Exception {
        StarTable t = TapClient.table(tap, adql);
        List<String> out = new ArrayList<>();
        try (RowSequence r = t.getRowSequence()) {
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (Object cell : r.getRow()) {
                    sb.append(cell instanceof double[] d ? java.util.Arrays.toString(round(d)) : format(cell)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static String format(Object cell) {
        if (cell instanceof Double d) return String.format("%.9g", d);
        if (cell instanceof Float f) return String.format("%.6g", f);
        if (cell instanceof Number n) return Long.toString(n.longValue());
        return String.valueOf(cell);
    }

    private static double[] round(double[] d) {
        double[] o = new double[d.length];
        for (int i = 0; i < d.length; i++) o[i] = Math.round(d[i] * 1e9) / 1e9;
        return o;
    }
}
