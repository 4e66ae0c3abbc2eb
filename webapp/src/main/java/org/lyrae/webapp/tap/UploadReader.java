package org.lyrae.webapp.tap;

import jakarta.servlet.http.Part;
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
import org.lyrae.webapp.http.DaliRequest;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableFormatException;

/**
 * Reads the tables named by DALI's UPLOAD parameter ({@code name,param:part} for inline multipart
 * content, {@code name,http://...} for a URL), in any format STIL recognises (VOTable, FITS) or
 * as CSV. Each is spooled to a temporary file first so that its size is bounded.
 */
public final class UploadReader implements AutoCloseable {
    private final long maxBytes;
    private final List<Path> spooled = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public UploadReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<Upload> read(DaliRequest request) throws DaliException {
        List<Upload> out = new ArrayList<>();
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
                out.add(new Upload(name, readTable(name, uri, request)));
            }
        }
        return out;
    }

    private StarTable readTable(String name, String uri, DaliRequest request) throws DaliException {
        Path file;
        String contentType = null;
        try {
            if (uri.startsWith("param:")) {
                Part part = request.part(uri.substring(6));
                if (part == null) {
                    throw new DaliException(400, "UPLOAD " + name + " refers to " + uri
                            + " but the request has no multipart part named '" + uri.substring(6) + "'");
                }
                contentType = part.getContentType();
                try (InputStream in = part.getInputStream()) {
                    file = spool(in, name);
                }
            } else if (uri.startsWith("http://") || uri.startsWith("https://")) {
                file = fetch(name, uri);
            } else {
                throw new DaliException(400, "UPLOAD " + name + ": unsupported URI '" + uri + "' (use param:NAME or an http(s) URL)");
            }
        } catch (IOException e) {
            throw new DaliException(400, "UPLOAD " + name + " could not be read: " + e.getMessage());
        }
        return parse(name, file, contentType);
    }

    private Path fetch(String name, String uri) throws DaliException, IOException {
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
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
        try {
            if (!csv) {
                try {
                    return factory.makeStarTable(file.toString(), null);
                } catch (TableFormatException e) {
                    if (!looksLikeText(file)) throw e;
                }
            }
            return factory.makeStarTable(file.toString(), "csv");
        } catch (IOException | RuntimeException e) {
            throw new DaliException(400, "UPLOAD " + name + " is not a table this service can read (VOTable, FITS or CSV): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0]));
        }
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            return !s.startsWith("<") && !s.startsWith("SIMPLE");
        } catch (IOException e) {
            return false;
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
