package org.lyrae.tap.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The service's database: its dialect, an administrative pool (schema changes, loading, uploads)
 * and a reader pool whose connections can only read and whose statements time out.
 */
public final class Database implements AutoCloseable {
    public static final String READER_ROLE = "lyrae_reader";

    /** Where the database is and how queries are bounded. */
    public record Config(String url, String user, String password, int statementTimeoutSeconds, int readerPoolSize) {
    }

    private final Config config;
    private final Dialect dialect;
    private final HikariDataSource admin;
    private final HikariDataSource reader;

    private Database(Config config, Dialect dialect, HikariDataSource admin, HikariDataSource reader) {
        this.config = config;
        this.dialect = dialect;
        this.admin = admin;
        this.reader = reader;
    }

    public static Dialect dialectFor(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) return new H2Dialect();
        if (u.startsWith("jdbc:postgresql:")) return new PostgresDialect();
        throw new IllegalArgumentException("unsupported database URL " + url + " (use jdbc:h2:... or jdbc:postgresql:...)");
    }

    /** H2 must fold names to lower case and sort NULLs as PostgreSQL does, so both answer alike. */
    static String normaliseUrl(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) return url;
        String u = url;
        if (!u.toUpperCase(Locale.ROOT).contains("DATABASE_TO_LOWER")) u += ";DATABASE_TO_LOWER=TRUE";
        if (!u.toUpperCase(Locale.ROOT).contains("DEFAULT_NULL_ORDERING")) u += ";DEFAULT_NULL_ORDERING=HIGH";
        return u;
    }

    public static Database open(Config config) throws SQLException {
        Dialect dialect = dialectFor(config.url());
        String url = normaliseUrl(config.url());
        HikariConfig a = new HikariConfig();
        a.setJdbcUrl(url);
        if (config.user() != null) a.setUsername(config.user());
        if (config.password() != null) a.setPassword(config.password());
        a.setMaximumPoolSize(4);
        a.setPoolName("lyrae-admin");
        HikariDataSource adminPool = new HikariDataSource(a);

        String readerPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (Connection c = adminPool.getConnection()) {
            dialect.initialise(c, READER_ROLE, readerPassword);
        } catch (SQLException e) {
            adminPool.close();
            throw e;
        }
        HikariConfig r = new HikariConfig();
        r.setJdbcUrl(url);
        if (dialect.readerHasOwnRole()) {
            r.setUsername(READER_ROLE);
            r.setPassword(readerPassword);
        } else {
            if (config.user() != null) r.setUsername(config.user());
            if (config.password() != null) r.setPassword(config.password());
        }
        r.setReadOnly(true);
        r.setAutoCommit(false);     // PostgreSQL streams with a cursor only outside autocommit
        r.setMaximumPoolSize(config.readerPoolSize());
        r.setPoolName("lyrae-reader");
        r.setConnectionInitSql(String.join("; ", dialect.readerSessionSql(config.statementTimeoutSeconds())));
        dialect.readerDriverProperties().forEach(r::addDataSourceProperty);
        return new Database(config, dialect, adminPool, new HikariDataSource(r));
    }

    public Dialect dialect() {
        return dialect;
    }

    public Config config() {
        return config;
    }

    public Connection admin() throws SQLException {
        return admin.getConnection();
    }

    public Connection reader() throws SQLException {
        return reader.getConnection();
    }

    public boolean isAlive() {
        try (Connection c = reader()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        reader.close();
        admin.close();
    }
}
