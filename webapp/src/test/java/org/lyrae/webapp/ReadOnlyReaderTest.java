package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.query.QueryFailure;

/** Queries run on connections that cannot write, and stop at the statement timeout. */
class ReadOnlyReaderTest {

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void readerConnectionsCannotWrite(TestServers.Backend backend) throws Exception {
        Database db = TestServers.get(backend).service().db;
        for (String sql : List.of("DELETE FROM lyrae.calibrators", "UPDATE lyrae.calibrators SET feh = 0",
                "CREATE TABLE lyrae.evil (a INT)", "DROP TABLE lyrae.calibrators")) {
            try (Connection c = db.reader(); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                c.rollback();
                assertTrue(QueryFailure.describe(e).contains("read-only") || e.getMessage().toLowerCase().contains("read-only")
                        || e.getMessage().toLowerCase().contains("not enough rights") || e.getMessage().toLowerCase().contains("denied"),
                        sql + ": " + e.getMessage());
            }
        }
        try (Connection c = db.reader(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM lyrae.calibrators")) {
            rs.next();
            assertTrue(rs.getInt(1) == 186);
            c.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void statementTimeoutStopsALongQuery(TestServers.Backend backend) throws Exception {
        Database shared = TestServers.get(backend).service().db;
        Database.Config c = shared.config();
        try (Database db = Database.open(new Database.Config(c.url(), c.user(), c.password(), 1, 1))) {
            long start = System.nanoTime();
            try (Connection conn = db.reader(); Statement s = conn.createStatement()) {
                s.setQueryTimeout(1);
                SQLException e = assertThrows(SQLException.class, () -> {
                    try (var rs = s.executeQuery("SELECT COUNT(*) FROM lyrae.crts_rrlyrae a, lyrae.bulge_rrab b, lyrae.calibrators c")) {
                        rs.next();
                    }
                });
                // H2 closes a session whose statement timed out: nothing to roll back then
                if (!conn.isClosed()) conn.rollback();
                assertTrue(QueryFailure.describe(e).contains("time limit"), e + " / " + e.getSQLState());
            }
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "the timeout did not stop the query promptly");
        }
    }
}
