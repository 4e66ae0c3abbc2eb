package org.lyrae.uws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.lyrae.tap.db.Database;

/**
 * Job inputs and results in the job database, for deployments where web nodes and workers share
 * the database but no file system. Each file is a run of rows of at most {@link #CHUNK} bytes, so
 * that writing and reading stream through bounded memory (a single large bytea/VARBINARY value
 * would be held whole by the JDBC drivers).
 */
public final class DatabaseJobFiles implements JobFiles {
    static final int CHUNK = 1 << 20;
    private static final String FILES = "\"uws\".\"files\"";
    private static final String INPUT = "input";
    private static final String RESULT = "result";

    private final Database db;

    public DatabaseJobFiles(Database db) throws SQLException {
        this.db = db;
        try (Connection c = db.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS \"uws\"");
            s.execute("CREATE TABLE IF NOT EXISTS " + FILES + " (job_id VARCHAR(40) NOT NULL, area VARCHAR(8) NOT NULL, "
                    + "name VARCHAR(100) NOT NULL, seq INTEGER NOT NULL, data " + db.dialect().bytesType() + " NOT NULL, "
                    + "PRIMARY KEY (job_id, area, name, seq))");
        }
    }

    @Override
    public OutputStream writeInput(String jobId, String name) throws IOException {
        return new ChunkWriter(JobFiles.checkedId(jobId), INPUT, JobFiles.checkedName(name));
    }

    @Override
    public InputStream readInput(String jobId, String name) throws IOException {
        return open(JobFiles.checkedId(jobId), INPUT, JobFiles.checkedName(name));
    }

    @Override
    public OutputStream writeResult(String jobId, String name) throws IOException {
        return new ChunkWriter(JobFiles.checkedId(jobId), RESULT, JobFiles.checkedName(name));
    }

    @Override
    public InputStream readResult(String jobId, String name) throws IOException {
        return open(JobFiles.checkedId(jobId), RESULT, JobFiles.checkedName(name));
    }

    @Override
    public void discardResult(String jobId, String name) throws IOException {
        remove("job_id = ? AND area = ? AND name = ?", jobId, RESULT, name);
    }

    @Override
    public void delete(String jobId) throws IOException {
        remove("job_id = ?", jobId);
    }

    private void remove(String where, String... args) throws IOException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("DELETE FROM " + FILES + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("job files not deleted: " + e.getMessage(), e);
        }
    }

    private InputStream open(String jobId, String area, String name) throws IOException {
        byte[] first = chunk(jobId, area, name, 0);
        return first == null ? null : new ChunkReader(jobId, area, name, first);
    }

    private byte[] chunk(String jobId, String area, String name, int seq) throws IOException {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT data FROM " + FILES
                + " WHERE job_id = ? AND area = ? AND name = ? AND seq = ?")) {
            ps.setString(1, jobId);
            ps.setString(2, area);
            ps.setString(3, name);
            ps.setInt(4, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("job file " + name + " not read: " + e.getMessage(), e);
        }
    }

    /** Buffers one chunk and stores it as a row when full; an empty file is one empty row. */
    private final class ChunkWriter extends OutputStream {
        private final String jobId;
        private final String area;
        private final String name;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int seq;
        private boolean closed;

        ChunkWriter(String jobId, String area, String name) throws IOException {
            this.jobId = jobId;
            this.area = area;
            this.name = name;
            remove("job_id = ? AND area = ? AND name = ?", jobId, area, name);   // a rewrite replaces
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == CHUNK) store();
            }
        }

        private void store() throws IOException {
            try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + FILES
                    + " (job_id, area, name, seq, data) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, jobId);
                ps.setString(2, area);
                ps.setString(3, name);
                ps.setInt(4, seq++);
                ps.setBytes(5, java.util.Arrays.copyOf(buffer, filled));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IOException("job file " + name + " not stored: " + e.getMessage(), e);
            }
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            if (filled > 0 || seq == 0) store();
        }
    }

    /** Reads the rows of one file in order, one chunk in memory at a time. */
    private final class ChunkReader extends InputStream {
        private final String jobId;
        private final String area;
        private final String name;
        private byte[] current;
        private int pos;
        private int seq;

        ChunkReader(String jobId, String area, String name, byte[] first) {
            this.jobId = jobId;
            this.area = area;
            this.name = name;
            this.current = first;
        }

        private boolean more() throws IOException {
            while (current != null && pos == current.length) {
                // a full chunk may be followed by another; a short one is the last
                current = current.length == CHUNK ? chunk(jobId, area, name, ++seq) : null;
                pos = 0;
            }
            return current != null;
        }

        @Override
        public int read() throws IOException {
            return more() ? current[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!more()) return -1;
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
