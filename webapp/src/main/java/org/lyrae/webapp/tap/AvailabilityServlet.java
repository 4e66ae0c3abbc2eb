package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.lyrae.tap.db.Database;
import org.lyrae.webapp.http.XmlResponse;

/** VOSI availability: up when the database answers. */
public final class AvailabilityServlet extends HttpServlet {
    private final Database db;
    private final Instant started = Instant.now();

    public AvailabilityServlet(Database db) {
        this.db = db;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = db.isAlive();
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vosi:availability xmlns:vosi=\"http://www.ivoa.net/xml/VOSIAvailability/v1.0\">\n"
                + "  <vosi:available>" + up + "</vosi:available>\n"
                + "  <vosi:upSince>" + started.toString().replaceAll("\\.\\d+Z$", "Z") + "</vosi:upSince>\n"
                + "  <vosi:note>" + (up ? "Lyrae TAP service accepting queries on " + db.dialect().name()
                        : "the database does not answer") + "</vosi:note>\n"
                + "</vosi:availability>\n";
        XmlResponse.send(resp, "text/xml", body);
    }
}
