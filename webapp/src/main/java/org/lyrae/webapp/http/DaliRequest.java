package org.lyrae.webapp.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a DALI request, from the query string, a form or a multipart body, with
 * case-insensitive names (DALI 1.1); multipart file parts are kept for {@code param:} uploads.
 */
public final class DaliRequest implements DaliParams {
    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();

    private DaliRequest() {
    }

    public static DaliRequest read(HttpServletRequest req, long maxUploadBytes) throws DaliException {
        DaliRequest r = new DaliRequest();
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        try {
            if ("POST".equals(req.getMethod()) && type.startsWith("multipart/form-data")) {
                if (req.getContentLengthLong() > maxUploadBytes) throw tooLarge(maxUploadBytes);
                for (Part p : req.getParts()) {
                    r.parts.put(p.getName(), p);
                    if (p.getSubmittedFileName() == null && p.getSize() <= 64 * 1024) {
                        try (InputStream in = p.getInputStream()) {
                            // strict, as Jetty is for forms: bad bytes are an error, not silent U+FFFD
                            r.add(p.getName(), StandardCharsets.UTF_8.newDecoder()
                                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
                        }
                    }
                }
                addQueryString(req, r);
            } else if ("POST".equals(req.getMethod()) && !type.isEmpty()
                    && !type.startsWith("application/x-www-form-urlencoded")) {
                throw new DaliException(415, "Unsupported request body type '" + req.getContentType()
                        + "': send parameters as application/x-www-form-urlencoded or multipart/form-data");
            } else {
                for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                    for (String v : e.getValue()) r.add(e.getKey(), v);
                }
            }
        } catch (IOException | ServletException | RuntimeException e) {
            throw unreadable(e, type, maxUploadBytes);
        }
        return r;
    }

    /**
     * Says why Jetty could not read the parameters. Its exceptions wrap the real reason (a size
     * limit, bad UTF-8) several causes deep, and their own messages name Java classes; so the
     * chain is searched for the reason and the user gets it in words (413 for a size limit).
     */
    private static DaliException unreadable(Exception e, String type, long maxUploadBytes) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Jetty: "max file size exceeded", "max length exceeded", "form too large", "Form is larger than max length"
            if (m.contains("exceeded") || m.contains("too large") || m.contains("larger than")) return tooLarge(maxUploadBytes);
            if (m.contains("too many")) return new DaliException(400, "The request has too many parameters or parts");
            if (t instanceof CharacterCodingException || m.contains("utf-8") || m.contains("utf8")) {
                return new DaliException(400, "The request parameters are not valid UTF-8 text (DALI parameters are UTF-8, "
                        + "percent-encoded in URLs and forms)");
            }
        }
        if (type.startsWith("multipart/")) {
            return new DaliException(400, "The multipart/form-data request body is malformed (check the boundary and part headers)");
        }
        String m = message(e).toLowerCase(Locale.ROOT);
        if (m.contains("query")) return new DaliException(400, "The URL query string is not valid percent-encoded UTF-8");
        if (m.contains("form")) return new DaliException(400, "The form body is not valid application/x-www-form-urlencoded UTF-8 text");
        return new DaliException(400, "Cannot read the request parameters");
    }

    private static void addQueryString(HttpServletRequest req, DaliRequest r) {
        String qs = req.getQueryString();
        if (qs == null) return;
        for (String kv : qs.split("&")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) continue;
            r.add(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
        }
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static DaliException tooLarge(long max) {
        return new DaliException(413, "The request is larger than the upload limit of this service ("
                + max / (1024 * 1024) + " MiB)");
    }

    private void add(String name, String value) {
        params.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
    }

    /** The first value of a parameter, or null; names are case-insensitive. */
    @Override
    public List<String> all(String name) {
        return params.getOrDefault(name.toUpperCase(Locale.ROOT), List.of());
    }

    /** The multipart part sent under this name (for UPLOAD=t,param:name), or null. */
    @Override
    public InlinePart part(String name) {
        Part p = parts.get(name);
        if (p == null) return null;
        return new InlinePart() {
            @Override
            public String contentType() {
                return p.getContentType();
            }

            @Override
            public InputStream open() throws IOException {
                return p.getInputStream();
            }

            @Override
            public String fileName() {
                return plainFileName(p.getSubmittedFileName());
            }
        };
    }

    /** A client's file name without its folders and control characters; null when there is none. */
    public static String plainFileName(String sent) {
        if (sent == null) return null;
        String n = sent.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return n.isEmpty() || n.equals(".") || n.equals("..") ? null : n;
    }

    /** Every parameter, names upper-cased, for storing with a job. */
    public java.util.Map<String, List<String>> asMap() {
        return java.util.Collections.unmodifiableMap(params);
    }

    /** The names of the multipart parts (inline uploads). */
    public java.util.Set<String> partNames() {
        return parts.keySet();
    }
}
