package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.adql.CompiledQuery;

/** Cone queries on PostgreSQL must use the pgSphere GiST index, and on H2 the declination index. */
class PostgresPlanTest {
    private static final String CONE = "SELECT crts_id, ra, dec FROM lyrae.crts_rrlyrae "
            + "WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 180, 10, 0.5))";

    @Test
    void coneUsesTheSpatialIndexOnPostgres() throws Exception {
        String plan = plan(TestServers.Backend.POSTGRES, "EXPLAIN ");
        assertTrue(plan.contains("lyrae_crts_rrlyrae_pos"), "the GiST index is not used:\n" + plan);
    }

    @Test
    void coneUsesTheDeclinationIndexOnH2() throws Exception {
        String plan = plan(TestServers.Backend.H2, "EXPLAIN ");
        // H2 names the index it reads in a comment:
        // "/* lyrae.<index>: dec >= CAST(9.5 AS DOUBLE PRECISION) AND dec <= CAST(10.5 AS DOUBLE PRECISION) */"
        assertTrue(plan.matches("(?s).*/\\* lyrae\\.lyrae_crts_rrlyrae_[a-z]+: dec >= CAST\\(9\\.5 AS DOUBLE PRECISION\\)"
                + "\\s+AND dec <= CAST\\(10\\.5 AS DOUBLE PRECISION\\).*"),
                "the declination index is not used:\n" + plan);
    }

    private static String plan(TestServers.Backend backend, String explain) throws Exception {
        TestServers.Running r = TestServers.get(backend);
        CompiledQuery q = r.service().queries.compile(CONE, "ADQL", 1000);
        StringBuilder sb = new StringBuilder();
        try (Connection c = r.service().db.reader(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(explain + q.sql())) {
            while (rs.next()) sb.append(rs.getString(1)).append('\n');
            c.rollback();
        }
        return q.sql() + "\n" + sb;
    }
}
