package org.lyrae.uws;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.lyrae.tap.db.Database;

/**
 * The workers alive on the job database, with the device and job kinds each advertises. A worker
 * counts as alive while it beats within a lease; that is what lets a CPU worker take a job kind
 * that prefers a GPU only when no GPU worker could.
 */
public final class WorkerRegistry {
    private static final String WORKERS = "\"uws\".\"workers\"";

    private final Database db;
    private final long aliveMillis;

    public WorkerRegistry(Database db, long aliveMillis) throws SQLException {
        this.db = db;
        this.aliveMillis = aliveMillis;
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS \"uws\"");
            s.execute("CREATE TABLE IF NOT EXISTS " + WORKERS + " (name VARCHAR(100) PRIMARY KEY, device VARCHAR(8) NOT NULL, "
                    + "threads INTEGER NOT NULL, kinds " + db.dialect().stringType() + " NOT NULL, host " + db.dialect().stringType()
                    + ", started BIGINT NOT NULL, last_seen BIGINT NOT NULL)");
        }
    }

    public void register(String name, Device device, int threads, Collection<String> kinds, String host) throws SQLException {
        long now = System.currentTimeMillis();
        try (Connection c = db.admin()) {
            deregister(c, name);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + WORKERS
                    + " (name, device, threads, kinds, host, started, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, device.label());
                ps.setInt(3, threads);
                ps.setString(4, String.join(",", kinds));
                ps.setString(5, host);
                ps.setLong(6, now);
                ps.setLong(7, now);
                ps.executeUpdate();
            }
        }
    }

    public void beat(String name) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + WORKERS + " SET last_seen = ? WHERE name = ?")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    public void deregister(String name) throws SQLException {
        try (Connection c = db.admin()) {
            deregister(c, name);
        }
    }

    private static void deregister(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + WORKERS + " WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    /** The job kinds that some live worker with {@code device} runs. */
    public Set<String> kindsAlive(Device device) throws SQLException {
        Set<String> kinds = new HashSet<>();
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT kinds FROM " + WORKERS
                + " WHERE device = ? AND last_seen > ?")) {
            ps.setString(1, device.label());
            ps.setLong(2, System.currentTimeMillis() - aliveMillis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) kinds.addAll(Arrays.asList(rs.getString(1).split(",")));
            }
        }
        return kinds;
    }

    /** Forgets workers silent for ten leases (killed without deregistering), so the table stays small. */
    public void forgetSilent() throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("DELETE FROM " + WORKERS + " WHERE last_seen < ?")) {
            ps.setLong(1, System.currentTimeMillis() - 10 * aliveMillis);
            ps.executeUpdate();
        }
    }

    /** Live workers per device, for availability notes. */
    public java.util.Map<Device, Integer> aliveCounts() throws SQLException {
        java.util.Map<Device, Integer> out = new java.util.EnumMap<>(Device.class);
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT device, COUNT(*) FROM " + WORKERS
                + " WHERE last_seen > ? GROUP BY device")) {
            ps.setLong(1, System.currentTimeMillis() - aliveMillis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(Device.parse(rs.getString(1)), rs.getInt(2));
            }
        }
        return out;
    }
}
