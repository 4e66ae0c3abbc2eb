package org.lyrae.webapp.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Sends a small generated XML document. */
public final class XmlResponse {
    private XmlResponse() {
    }

    public static void send(HttpServletResponse resp, String contentType, String body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(contentType);
        resp.setCharacterEncoding("UTF-8");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
