package org.lyrae.webapp.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** DALI error documents: a VOTable whose RESOURCE says QUERY_STATUS=ERROR and why. */
public final class DaliErrors {
    private DaliErrors() {
    }

    public static String document(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n"
                + "<RESOURCE type=\"results\">\n"
                + "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">" + Xml.escape(message) + "</INFO>\n"
                + "</RESOURCE>\n</VOTABLE>\n";
    }

    public static void send(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("application/x-votable+xml");
        resp.setCharacterEncoding("UTF-8");
        byte[] body = document(message).getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    public static void write(Writer w, String message) throws IOException {
        w.write(document(message));
    }
}
