package org.lyrae.uws;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;
import org.lyrae.tap.db.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Job signals between processes through PostgreSQL's LISTEN/NOTIFY: a queued job wakes idle
 * workers on every machine, a finished job wakes the web node holding a blocking WAIT.
 */
public final class PgJobSignals implements JobEvents.Broadcast, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PgJobSignals.class.getName());
    private static final String CHANNEL = "lyrae_jobs";

    private final Database db;
    private final JobEvents events;
    private final String self = UUID.randomUUID().toString().substring(0, 8);
    private final Thread listener;
    private volatile boolean closed;

    public PgJobSignals(Database db, JobEvents events) {
        this.db = db;
        this.events = events;
        this.listener = new Thread(this::listen, "lyrae-job-signals");
        listener.setDaemon(true);
        listener.start();
        events.connect(this);
    }

    @Override
    public void send(String signal) {
        try (Connection c = db.admin(); PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, self + ":" + signal);
            ps.execute();
        } catch (SQLException e) {
            LOG.fine("job signal not sent: " + e.getMessage());
        }
    }

    private void listen() {
        Database.Config cfg = db.config();
        while (!closed) {
            try (Connection c = DriverManager.getConnection(cfg.url(), cfg.user(), cfg.password());
                 Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got == null) continue;
                    for (PGNotification n : got) {
                        String p = n.getParameter();
                        if (!p.startsWith(self + ":")) events.received(p.substring(p.indexOf(':') + 1));
                    }
                }
            } catch (SQLException e) {
                if (closed) return;
                LOG.warning("job signals: " + e.getMessage() + "; reconnecting");
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
    }
}
