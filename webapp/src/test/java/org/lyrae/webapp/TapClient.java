package org.lyrae.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.util.ByteArrayDataSource;

/** A minimal TAP client for the tests: sync queries over plain HTTP, results read back with STIL. */
public final class TapClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TapClient() {
    }

    public static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Parameters as application/x-www-form-urlencoded (and query strings). */
    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static HttpResponse<byte[]> sync(String tap, Map<String, String> params) throws IOException, InterruptedException {
        String body = form(params);
        return HTTP.send(HttpRequest.newBuilder(URI.create(tap + "/sync"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static Map<String, String> query(String adql, String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("REQUEST", "doQuery");
        p.put("LANG", "ADQL");
        p.put("QUERY", adql);
        for (int i = 0; i + 1 < more.length; i += 2) p.put(more[i], more[i + 1]);
        return p;
    }

    /** Runs a query that must succeed and reads the VOTable result. */
    public static StarTable table(String tap, String adql, String... more) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = sync(tap, query(adql, more));
        if (r.statusCode() != 200) {
            throw new AssertionError("query failed (" + r.statusCode() + "): " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return read(r.body(), null);
    }

    public static StarTable read(byte[] body, String format) throws IOException {
        StarTableFactory f = new StarTableFactory(true);
        f.setStoragePolicy(StoragePolicy.PREFER_MEMORY);
        return f.makeStarTable(new ByteArrayDataSource("result", body), format);
    }

    /** A part of a multipart/form-data body: a parameter (no file name, no type) or a file. */
    public record Part(String name, String filename, String contentType, byte[] content) {
    }

    /** A multipart/form-data body of these parts. */
    public static byte[] multipartBody(String boundary, List<Part> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder h = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(p.name()).append('"');
            if (p.filename() != null) h.append("; filename=\"").append(p.filename()).append('"');
            h.append("\r\n");
            if (p.contentType() != null) h.append("Content-Type: ").append(p.contentType()).append("\r\n");
            out.writeBytes(h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** POSTs a multipart/form-data request. */
    public static HttpResponse<byte[]> postMultipart(String url, List<Part> parts) throws IOException, InterruptedException {
        String boundary = "lyraeTest" + System.nanoTime();
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, parts))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

}
