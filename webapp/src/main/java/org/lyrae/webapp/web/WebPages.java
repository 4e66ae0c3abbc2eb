package org.lyrae.webapp.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser pages: plain HTML, CSS and JavaScript from the class path folder {@code web/}, read
 * once. The pages talk to the services (/feh/async, /tap/sync) like any other client; nothing here
 * knows about jobs or tables. Any other path under the servlet's mappings is a 404.
 */
public final class WebPages extends HttpServlet {
    /** The pages by path, each an HTML file of {@code web/}. */
    public static final Map<String, String> PAGES = pages();
    /** The files the pages load, served under {@code /web/}. */
    public static final List<String> ASSETS = List.of("style.css", "lyrae.js", "upload.js", "jobs.js", "result.js", "query.js");

    private final Map<String, byte[]> content = new LinkedHashMap<>();

    public WebPages() {
        PAGES.forEach((path, file) -> content.put(path, read(file)));
        for (String a : ASSETS) content.put("/web/" + a, read(a));
    }

    private static Map<String, String> pages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("/", "index.html");
        m.put("/upload", "upload.html");
        m.put("/jobs", "jobs.html");
        m.put("/result", "result.html");
        m.put("/query", "query.html");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static byte[] read(String file) {
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + file)) {
            if (in == null) throw new IllegalStateException("web/" + file + " is missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty()) path = "/";
        byte[] body = content.get(path);
        if (body == null) {
            resp.sendError(404, "No such page: " + path);
            return;
        }
        resp.setContentType(type(path));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        // the pages load only their own scripts and styles, and talk only to this server
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String type(String path) {
        if (path.endsWith(".css")) return "text/css;charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript;charset=utf-8";
        return "text/html;charset=utf-8";
    }
}
