package org.lyrae.uws;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.db.PostgresDialect;

/**
 * Jobs in the database (the same one as the tables): creation, phase changes that are atomic
 * compare-and-set updates, claiming with a lease, and the queries of the UWS job list. Times are
 * stored as epoch milliseconds so that both dialects read them alike.
 */
public final class JobStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOBS = "\"uws\".\"jobs\"";
    private static final String RESULTS = "\"uws\".\"results\"";
    private static final String COLUMNS = "id, kind, owner, run_id, phase, creation_time, start_time, end_time, "
            + "execution_duration, destruction, parameters, error_message, job_info, worker, attempts";

    private final Database db;

    public JobStore(Database db) throws SQLException {
        this.db = db;
        String text = db.dialect().stringType();
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS \"uws\"");
            s.execute("CREATE TABLE IF NOT EXISTS " + JOBS + " (id VARCHAR(40) PRIMARY KEY, kind VARCHAR(40) NOT NULL, "
                    + "owner VARCHAR(200), run_id " + text + ", phase VARCHAR(12) NOT NULL, creation_time BIGINT NOT NULL, "
                    + "start_time BIGINT, end_time BIGINT, execution_duration BIGINT NOT NULL, destruction BIGINT NOT NULL, "
                    + "parameters " + text + " NOT NULL, error_message " + text + ", job_info " + text + ", "
                    + "worker VARCHAR(100), lease_until BIGINT, attempts INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE INDEX IF NOT EXISTS \"uws_jobs_queue\" ON " + JOBS + " (phase, creation_time)");
            s.execute("CREATE TABLE IF NOT EXISTS " + RESULTS + " (job_id VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL, "
                    + "mime " + text + " NOT NULL, size BIGINT NOT NULL, PRIMARY KEY (job_id, name))");
        }
    }

    public void insert(Job j) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + JOBS + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, j.id());
            ps.setString(2, j.kind());
            ps.setString(3, j.owner());
            ps.setString(4, j.runId());
            ps.setString(5, j.phase().name());
            ps.setLong(6, j.creationTime().toEpochMilli());
            setTime(ps, 7, j.startTime());
            setTime(ps, 8, j.endTime());
            ps.setLong(9, j.executionDuration());
            ps.setLong(10, j.destruction().toEpochMilli());
            ps.setString(11, json(j.parameters()));
            ps.setString(12, j.errorMessage());
            ps.setString(13, j.jobInfo());
            ps.setString(14, j.worker());
            ps.setInt(15, j.attempts());
            ps.executeUpdate();
        }
    }

    public Optional<Job> find(String id) throws SQLException {
        try (Connection c = db.admin()) {
            return find(c, id);
        }
    }

    /** {@link #find(String)} on a connection the caller holds (no second pool checkout). */
    private Optional<Job> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + JOBS + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Job j = read(rs);
                return Optional.of(withResults(c, j));
            }
        }
    }

    /**
     * The job list of UWS 1.1: jobs of the given kinds (one service's list: TAP's jobs are not the
     * light-curve service's), phases (empty = all but ARCHIVED), created after, the last N.
     */
    public List<Job> list(Collection<String> kinds, String owner, Collection<Phase> phases, Instant after, Integer last)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + JOBS + " WHERE kind IN ("
                + String.join(", ", kinds.stream().map(k -> "?").toList()) + ")");
        List<Object> args = new ArrayList<>(kinds);
        if (kinds.isEmpty()) return List.of();
        // each owner sees only their jobs; anonymous users see the anonymous jobs
        if (owner != null) {
            sql.append(" AND owner = ?");
            args.add(owner);
        } else {
            sql.append(" AND owner IS NULL");
        }
        if (phases.isEmpty()) {
            sql.append(" AND phase <> 'ARCHIVED'");
        } else {
            sql.append(" AND phase IN (").append(String.join(", ", phases.stream().map(p -> "?").toList())).append(')');
            phases.forEach(p -> args.add(p.name()));
        }
        if (after != null) {
            sql.append(" AND creation_time > ?");
            args.add(after.toEpochMilli());
        }
        sql.append(" ORDER BY creation_time DESC, id DESC");
        if (last != null) sql.append(" LIMIT ").append(last.intValue());
        List<Job> out = new ArrayList<>();
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        // UWS 1.1 lists by creation time ascending; LAST picks the most recent ones
        java.util.Collections.reverse(out);
        return out;
    }

    /** Sets the phase if the job is in one of {@code from}; true if it changed. */
    public boolean transition(String id, Collection<Phase> from, Phase to, String errorMessage) throws SQLException {
        long now = System.currentTimeMillis();
        String sql = "UPDATE " + JOBS + " SET phase = ?, error_message = COALESCE(?, error_message)"
                + (to.isFinal() ? ", end_time = ?, worker = NULL, lease_until = NULL" : "")
                + " WHERE id = ? AND phase IN (" + String.join(", ", from.stream().map(p -> "'" + p.name() + "'").toList()) + ")";
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, to.name());
            ps.setString(i++, errorMessage);
            if (to.isFinal()) ps.setLong(i++, now);
            ps.setString(i, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ends a job run by {@code worker}: only if that worker still holds it (a lost lease loses the result). */
    public boolean finish(String id, String worker, Phase to, String errorMessage) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS
                + " SET phase = ?, error_message = ?, end_time = ?, worker = NULL, lease_until = NULL, job_info = NULL"
                + " WHERE id = ? AND worker = ? AND phase = 'EXECUTING'")) {
            ps.setString(1, to.name());
            ps.setString(2, errorMessage);
            ps.setLong(3, System.currentTimeMillis());
            ps.setString(4, id);
            ps.setString(5, worker);
            return ps.executeUpdate() == 1;
        }
    }

    public void updateSettings(String id, Long executionDuration, Instant destruction) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS
                + " SET execution_duration = COALESCE(?, execution_duration), destruction = COALESCE(?, destruction) WHERE id = ?")) {
            if (executionDuration == null) ps.setNull(1, Types.BIGINT); else ps.setLong(1, executionDuration);
            if (destruction == null) ps.setNull(2, Types.BIGINT); else ps.setLong(2, destruction.toEpochMilli());
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Replaces parameters, only while PENDING; false otherwise. */
    public boolean updateParameters(String id, Map<String, List<String>> params) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS
                + " SET parameters = ? WHERE id = ? AND phase = 'PENDING'")) {
            ps.setString(1, json(params));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    public void setJobInfo(String id, String info) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS + " SET job_info = ? WHERE id = ?")) {
            ps.setString(1, info);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Claims the oldest QUEUED job of the given kinds for {@code worker} with a lease: an atomic
     * compare-and-set on the phase, so two workers never get the same job.
     *
     * <p>On PostgreSQL it is one statement: the subquery locks the oldest QUEUED row that no other
     * transaction holds ({@code FOR UPDATE SKIP LOCKED}: concurrent workers take different rows
     * instead of queueing behind one), the update moves it to EXECUTING and {@code RETURNING} hands
     * back the claimed job. On H2 it is a candidate query and compare-and-set updates, then the job
     * is read on the same connection. Results are read only for a job that ran before (a re-queued
     * job); a first claim has none.
     */
    public Optional<Job> claim(Collection<String> kinds, String worker, long leaseMillis) throws SQLException {
        if (kinds.isEmpty()) return Optional.empty();
        String in = String.join(", ", kinds.stream().map(k -> "?").toList());
        long now = System.currentTimeMillis();
        try (Connection c = db.admin()) {
            if (db.dialect() instanceof PostgresDialect) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS + " SET phase = 'EXECUTING', worker = ?, "
                        + "lease_until = ?, start_time = ?, attempts = attempts + 1 WHERE phase = 'QUEUED' AND id = (SELECT id FROM "
                        + JOBS + " WHERE phase = 'QUEUED' AND kind IN (" + in + ") ORDER BY creation_time LIMIT 1 "
                        + "FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)) {
                    int i = 1;
                    ps.setString(i++, worker);
                    ps.setLong(i++, now + leaseMillis);
                    ps.setLong(i++, now);
                    for (String k : kinds) ps.setString(i++, k);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) return Optional.empty();
                        Job j = read(rs);
                        return Optional.of(j.attempts() > 1 ? withResults(c, j) : j);
                    }
                }
            }
            List<String> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + JOBS + " WHERE phase = 'QUEUED' AND kind IN ("
                    + in + ") ORDER BY creation_time LIMIT 8")) {
                int i = 1;
                for (String k : kinds) ps.setString(i++, k);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) candidates.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS + " SET phase = 'EXECUTING', worker = ?, "
                    + "lease_until = ?, start_time = ?, attempts = attempts + 1 WHERE id = ? AND phase = 'QUEUED'")) {
                for (String id : candidates) {
                    ps.setString(1, worker);
                    ps.setLong(2, now + leaseMillis);
                    ps.setLong(3, now);
                    ps.setString(4, id);
                    if (ps.executeUpdate() == 1) return find(c, id);
                }
            }
        }
        return Optional.empty();
    }

    /** Extends the leases of the worker's jobs; returns the ids it no longer holds (aborted, lost). */
    public List<String> heartbeat(String worker, Collection<String> running, long leaseMillis) throws SQLException {
        List<String> lost = new ArrayList<>();
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS
                + " SET lease_until = ? WHERE id = ? AND worker = ? AND phase = 'EXECUTING'")) {
            for (String id : running) {
                ps.setLong(1, System.currentTimeMillis() + leaseMillis);
                ps.setString(2, id);
                ps.setString(3, worker);
                if (ps.executeUpdate() == 0) lost.add(id);
            }
        }
        return lost;
    }

    /**
     * Jobs whose worker stopped heartbeating: re-queued when their kind may run again (at most
     * {@code maxAttempts} times), otherwise ERROR with the reason. Returns how many were touched.
     */
    public int recoverExpiredLeases(Collection<String> idempotentKinds, int maxAttempts) throws SQLException {
        long now = System.currentTimeMillis();
        int n = 0;
        try (Connection c = db.admin()) {
            if (!idempotentKinds.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS + " SET phase = 'QUEUED', worker = NULL, "
                        + "lease_until = NULL, job_info = NULL WHERE phase = 'EXECUTING' AND lease_until < ? AND attempts < ? AND kind IN ("
                        + String.join(", ", idempotentKinds.stream().map(k -> "?").toList()) + ")")) {
                    ps.setLong(1, now);
                    ps.setInt(2, maxAttempts);
                    int i = 3;
                    for (String k : idempotentKinds) ps.setString(i++, k);
                    n += ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + JOBS + " SET phase = 'ERROR', worker = NULL, "
                    + "lease_until = NULL, end_time = ?, error_message = ? WHERE phase = 'EXECUTING' AND lease_until < ?")) {
                ps.setLong(1, now);
                ps.setString(2, "The worker running this job stopped (server restart or crash) and the job cannot safely run again; "
                        + "submit it anew");
                ps.setLong(3, now);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    /** Ids of jobs past their destruction time. */
    public List<String> destructible() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT id FROM " + JOBS + " WHERE destruction < ?")) {
            ps.setLong(1, System.currentTimeMillis());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    public void delete(String id) throws SQLException {
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + RESULTS + " WHERE job_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + JOBS + " WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    public void addResult(String jobId, JobResult r) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + RESULTS
                + " (job_id, name, mime, size) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, jobId);
            ps.setString(2, r.name());
            ps.setString(3, r.mimeType());
            ps.setLong(4, r.size());
            ps.executeUpdate();
        }
    }

    /** Released by {@link #close()}; see {@link #lockOwner(String)}. */
    public interface OwnerLock extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Serialises admissions of one owner's jobs across processes, so that web nodes sharing a
     * PostgreSQL job store keep the per-owner cap exactly: a transaction-scoped advisory lock,
     * held on its own connection while the caller counts and inserts on others. On H2 there is one
     * process, whose callers serialise in Java.
     */
    public OwnerLock lockOwner(String owner) throws SQLException {
        if (!(db.dialect() instanceof PostgresDialect)) return () -> { };
        Connection c = db.admin();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                ps.setInt(1, 0x4c79);   // a namespace of Lyrae's, "Ly"
                ps.setInt(2, ("owner:" + owner).hashCode());
                ps.execute();
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return () -> {
            try {
                c.commit();
            } finally {
                c.close();
            }
        };
    }

    public long countActive(String owner) throws SQLException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + JOBS
                + " WHERE phase IN ('QUEUED', 'EXECUTING') AND " + (owner == null ? "owner IS NULL" : "owner = ?"))) {
            if (owner != null) ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Job withResults(Connection c, Job j) throws SQLException {
        List<JobResult> results = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, mime, size FROM " + RESULTS + " WHERE job_id = ? ORDER BY name")) {
            ps.setString(1, j.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) results.add(new JobResult(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return new Job(j.id(), j.kind(), j.owner(), j.runId(), j.phase(), j.creationTime(), j.startTime(), j.endTime(),
                j.executionDuration(), j.destruction(), j.parameters(), results, j.errorMessage(), j.jobInfo(), j.worker(), j.attempts());
    }

    private static Job read(ResultSet rs) throws SQLException {
        return new Job(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Phase.valueOf(rs.getString(5)),
                Instant.ofEpochMilli(rs.getLong(6)), time(rs, 7), time(rs, 8), rs.getLong(9), Instant.ofEpochMilli(rs.getLong(10)),
                parameters(rs.getString(11)), List.of(), rs.getString(12), rs.getString(13), rs.getString(14), rs.getInt(15));
    }

    private static Instant time(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, t.toEpochMilli());
    }

    private static String json(Map<String, List<String>> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parameters(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
