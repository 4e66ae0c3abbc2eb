package org.lyrae.uws;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lyrae.tap.db.Database;

/** Job databases for the engine's tests: a private H2 file database, or a fresh database on the machine's PostgreSQL. */
final class TestDatabases {
    private static final String PG_ADMIN_URL = System.getProperty("lyrae.test.pgAdmin",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final String PG_DB = System.getProperty("lyrae.test.pgdb", "lyrae_test");

    private TestDatabases() {
    }

    static Database h2() throws Exception {
        // a file database, as the embedded default is (an in-memory one cannot take the reader role's settings)
        Path dir = Files.createTempDirectory("lyrae-uws-h2");
        return Database.open(new Database.Config("jdbc:h2:file:" + dir.resolve("jobs"), "sa", "", 60, 2));
    }

    /** A database of its own, {@code <test db>_<suffix>}, dropped and created anew. */
    static Database postgres(String suffix) throws Exception {
        String name = PG_DB + "_" + suffix;
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return Database.open(new Database.Config("jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres", "postgres", null, 60, 2));
    }
}
