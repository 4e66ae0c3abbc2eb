package org.lyrae.webapp.tap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lyrae.tap.query.TapQueryService.Upload;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliParams;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import org.xml.sax.SAXParseException;
import uk.ac.starlink.table.TableFormatException;

/**
 * Reads the tables named by DALI's UPLOAD parameter ({@code name,param:part} for inline multipart
 * content, {@code name,http://...} for a URL), in any format STIL recognises (VOTable, FITS) or
 * as CSV. Each is spooled to a temporary file first so that its size is bounded.
 */
public final class UploadReader implements AutoCloseable {
    private final long maxBytes;
    private final List<Path> spooled = new ArrayList<>();
    /** One client for the service: building one per request started a selector thread for every query. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public UploadReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<Upload> read(DaliParams request) throws DaliException {
        List<Upload> out = new ArrayList<>();
        for (Spooled f : spool(request)) out.add(new Upload(f.name(), parse(f.name(), f.file(), f.contentType())));
        return out;
    }

    /**
     * An upload copied to a temporary file (removed by {@link #close}): its UPLOAD name, the part's
     * content type, and the file name it was sent with (or the URL's last segment), null if none.
     */
    public record Spooled(String name, Path file, String contentType, String fileName) { }

    /**
     * The uploads named by UPLOAD, each copied to a temporary file within the size limit, in the
     * order given: what the TAP service parses as tables and the light-curve service reads as curves.
     */
    public List<Spooled> spool(DaliParams request) throws DaliException {
        List<Spooled> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String param : request.all("UPLOAD")) {
            for (String spec : param.split(";")) {
                if (spec.isBlank()) continue;
                int comma = spec.indexOf(',');
                if (comma <= 0) {
                    throw new DaliException(400, "UPLOAD must be 'table_name,URI' (for example t1,param:file1); got '" + spec + "'");
                }
                String name = spec.substring(0, comma).trim(), uri = spec.substring(comma + 1).trim();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new DaliException(400, "UPLOAD names table '" + name + "' twice");
                }
                out.add(spoolOne(name, uri, request));
            }
        }
        return out;
    }

    private Spooled spoolOne(String name, String uri, DaliParams request) throws DaliException {
        Path file;
        String contentType = null;
        String fileName = null;
        try {
            if (uri.startsWith("param:")) {
                DaliParams.InlinePart part = request.part(uri.substring(6));
                if (part == null) {
                    throw new DaliException(400, "UPLOAD " + name + " refers to " + uri
                            + " but the request has no multipart part named '" + uri.substring(6) + "'");
                }
                contentType = part.contentType();
                fileName = part.fileName();
                try (InputStream in = part.open()) {
                    file = spool(in, name);
                }
            } else if (uri.startsWith("http://") || uri.startsWith("https://")) {
                file = fetch(name, uri);
                fileName = org.lyrae.webapp.http.DaliRequest.plainFileName(URI.create(uri).getPath());
            } else {
                throw new DaliException(400, "UPLOAD " + name + ": unsupported URI '" + uri + "' (use param:NAME or an http(s) URL)");
            }
        } catch (IOException e) {
            throw new DaliException(400, "UPLOAD " + name + " could not be read: " + e.getMessage());
        }
        return new Spooled(name, file, contentType, fileName);
    }

    private Path fetch(String name, String uri) throws DaliException, IOException {
        try {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    throw new DaliException(400, "UPLOAD " + name + ": " + uri + " answered HTTP " + r.statusCode());
                }
                return spool(in, name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IllegalArgumentException e) {
            throw new DaliException(400, "UPLOAD " + name + ": bad URL " + uri);
        }
    }

    private Path spool(InputStream in, String name) throws IOException, DaliException {
        Path f = Files.createTempFile("lyrae-upload-", ".dat");
        spooled.add(f);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new DaliException(413, "UPLOAD " + name + " is larger than the upload limit of this service ("
                            + maxBytes / (1024 * 1024) + " MiB)");
                }
                out.write(buf, 0, n);
            }
        }
        if (total == 0) throw new DaliException(400, "UPLOAD " + name + " is empty");
        return f;
    }

    private static StarTable parse(String name, Path file, String contentType) throws DaliException {
        StarTableFactory factory = new StarTableFactory(false);
        factory.setStoragePolicy(StoragePolicy.PREFER_DISK);
        boolean csv = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("csv");
        Content content = sniff(file);
        try {
            if (!csv) {
                try {
                    return factory.makeStarTable(file.toString(), null);
                } catch (TableFormatException e) {
                    // auto-detection only says "no handler took it"; for XML the VOTable parser says why
                    if (content == Content.XML) return factory.makeStarTable(file.toString(), "votable");
                    if (content != Content.TEXT) throw e;
                }
            }
            return factory.makeStarTable(file.toString(), "csv");
        } catch (IOException | RuntimeException e) {
            throw new DaliException(400, "UPLOAD " + name + " is not a table this service can read (VOTable, FITS or CSV): "
                    + (content == Content.BINARY ? "it is binary data in none of these formats" : reason(e, file)));
        }
    }

    /**
     * The parser's own reason, told for the user: not the server's temporary file name, not the
     * exception class, not the bytes of a binary file quoted back, and with the place in an XML file.
     */
    private static String reason(Exception e, Path file) {
        String why = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException x) {
                why = "the XML is not well-formed at line " + x.getLineNumber() + ", column " + x.getColumnNumber()
                        + " (" + x.getMessage() + ")";
                break;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) why = t.getMessage();   // the deepest is the most precise
        }
        if (why == null) return "it could not be parsed";
        why = why.split("\n")[0].replace("\"" + file + "\"", "the upload").replace(file.toString(), "the upload")
                .replaceAll("[\\p{Cntrl}\\uFFFD]", "?");
        return why.length() > 300 ? why.substring(0, 300) + "..." : why;
    }

    private enum Content { XML, FITS, TEXT, BINARY }

    /** What the first bytes look like, to pick a parser to ask and a message when none can read it. */
    private static Content sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (s.startsWith("\u00EF\u00BB\u00BF")) s = s.substring(3);   // UTF-8 byte-order mark
            s = s.stripLeading();
            if (s.startsWith("<")) return Content.XML;
            if (s.startsWith("SIMPLE")) return Content.FITS;
            for (byte b : head) {
                if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') return Content.BINARY;
            }
            return Content.TEXT;
        } catch (IOException e) {
            return Content.BINARY;
        }
    }

    @Override
    public void close() {
        for (Path p : spooled) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // temporary file; the OS cleans up eventually
            }
        }
    }
}
