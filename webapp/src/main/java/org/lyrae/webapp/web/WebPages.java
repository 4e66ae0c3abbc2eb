package org.lyrae.webapp.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser pages: plain HTML, CSS and JavaScript from the class path folder {@code web/}, put
 * together once at start. Each page's file holds its {@code <main>} content only; the head, the
 * navigation and the script tags are the same layout for all (here). The pages talk to the services
 * (/feh/async, /tap/sync) like any other client; nothing here knows about jobs or tables. Any other
 * path under the servlet's mappings is a 404.
 */
public final class WebPages extends HttpServlet {
    /** A page: its path, the file of its main content, its title, its script (or null) and its name in the navigation (or null). */
    record Page(String path, String file, String title, String script, String nav) {
    }

    static final List<Page> PAGE_LIST = List.of(
            new Page("/", "index.html", "Lyrae: RR Lyrae metallicities", null, "Home"),
            new Page("/upload", "upload.html", "Upload light curves · Lyrae", "upload.js", "Upload"),
            new Page("/jobs", "jobs.html", "Jobs · Lyrae", "jobs.js", "Jobs"),
            new Page("/result", "result.html", "Job result · Lyrae", "result.js", null),
            new Page("/query", "query.html", "ADQL query · Lyrae", "query.js", "Query"));
    /** The pages' paths. */
    public static final List<String> PAGES = PAGE_LIST.stream().map(Page::path).toList();
    /** The files the pages load, served under {@code /web/}. */
    static final List<String> ASSETS = List.of("style.css", "lyrae.js", "upload.js", "jobs.js", "result.js", "query.js");

    private final Map<String, byte[]> content = new LinkedHashMap<>();

    public WebPages() {
        for (Page p : PAGE_LIST) content.put(p.path(), layout(p).getBytes(StandardCharsets.UTF_8));
        for (String a : ASSETS) content.put("/web/" + a, read(a));
    }

    /** The whole document of a page: relative URLs only, so that the pages work under any prefix. */
    private static String layout(Page page) {
        StringBuilder nav = new StringBuilder();
        for (Page p : PAGE_LIST) {
            if (p.nav() == null) continue;
            String href = p.path().equals("/") ? "./" : p.path().substring(1);
            nav.append(" <a href=\"").append(href).append('"').append(p == page ? " aria-current=\"page\"" : "").append('>')
               .append(p.nav()).append("</a>");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + page.title() + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"web/style.css\">\n</head>\n<body>\n<header>\n  <a class=\"brand\" href=\"./\">Lyrae</a>\n"
                + "  <nav aria-label=\"Main\">" + nav.toString().strip() + "</nav>\n</header>\n<main>\n"
                + new String(read(page.file()), StandardCharsets.UTF_8) + "</main>\n<script src=\"web/lyrae.js\"></script>\n"
                + (page.script() == null ? "" : "<script src=\"web/" + page.script() + "\"></script>\n") + "</body>\n</html>\n";
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
