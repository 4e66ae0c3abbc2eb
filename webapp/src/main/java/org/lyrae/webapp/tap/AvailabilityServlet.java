package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.sql.SQLException;
import java.util.Map;
import org.lyrae.tap.db.Database;
import org.lyrae.tap.text.XmlText;
import org.lyrae.uws.Device;
import org.lyrae.uws.WorkerRegistry;
import org.lyrae.webapp.http.XmlResponse;

/** VOSI availability: up when the database answers; a note says which job workers are alive. */
public final class AvailabilityServlet extends HttpServlet {
    private final Database db;
    private final WorkerRegistry workers;
    private final Instant started = Instant.now();
    private final String service;

    public AvailabilityServlet(Database db, WorkerRegistry workers) {
        this(db, workers, "Lyrae TAP service accepting queries");
    }

    /** @param service what the note says is up, e.g. "Lyrae TAP service accepting queries" */
    public AvailabilityServlet(Database db, WorkerRegistry workers, String service) {
        this.db = db;
        this.workers = workers;
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = db.isAlive();
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vosi:availability xmlns:vosi=\"http://www.ivoa.net/xml/VOSIAvailability/v1.0\">\n"
                + "  <vosi:available>" + up + "</vosi:available>\n"
                + "  <vosi:upSince>" + started.toString().replaceAll("\\.\\d+Z$", "Z") + "</vosi:upSince>\n"
                + "  <vosi:note>" + (up ? service + " on " + db.dialect().name()
                        : "the database does not answer") + "</vosi:note>\n"
                + (up ? "  <vosi:note>" + workerNote() + "</vosi:note>\n" : "")
                + "</vosi:availability>\n";
        XmlResponse.send(resp, "text/xml", body);
    }

    /** Async jobs wait in the queue while no worker is alive: say so. */
    private String workerNote() {
        try {
            Map<Device, Integer> alive = workers.aliveCounts();
            if (alive.isEmpty()) return "no job worker is alive: async jobs stay QUEUED until one starts";
            StringBuilder b = new StringBuilder("job workers alive:");
            alive.forEach((d, n) -> b.append(' ').append(n).append(' ').append(d.label()));
            return b.toString();
        } catch (SQLException e) {
            return "job workers unknown: " + XmlText.escape(e.getMessage());
        }
    }
}
