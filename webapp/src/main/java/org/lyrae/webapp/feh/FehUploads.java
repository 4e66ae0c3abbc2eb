package org.lyrae.webapp.feh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.ml.lc.TarGz;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.tap.UploadReader;
import uk.ac.starlink.util.Compression;
import uk.ac.starlink.util.FileDataSource;

/**
 * The light-curve files of an upload, ready for the readers: each UPLOAD as sent, or decompressed
 * (gzip, bzip2), or the members of a zip or tar archive (compressed or not). Every byte written out
 * counts against one budget and the files against a count, so that a zip or gzip bomb is refused with
 * a message instead of filling the disk. The files live in a temporary folder removed on close.
 */
public final class FehUploads implements AutoCloseable {
    private final Path dir;
    private final long maxBytes;
    private final int maxFiles;
    private long written;
    private final List<BatchAnalyzer.Input> inputs = new ArrayList<>();

    private FehUploads(Path dir, long maxBytes, int maxFiles) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * Unpacks the spooled uploads; the files are named as the user knows them: by the name they were
     * sent with (else the UPLOAD name), archive members by their own names.
     */
    public static FehUploads of(List<UploadReader.Spooled> uploads, long maxBytes, int maxFiles) throws DaliException, IOException {
        FehUploads u = new FehUploads(Files.createTempDirectory("lyrae-feh-"), maxBytes, maxFiles);
        try {
            for (UploadReader.Spooled s : uploads) u.add(s.fileName() != null ? s.fileName() : s.name(), s.file(), true);
        } catch (DaliException | IOException | RuntimeException e) {
            u.close();
            throw e;
        }
        return u;
    }

    public List<BatchAnalyzer.Input> inputs() {
        return inputs;
    }

    private void add(String name, Path file, boolean archivesToo) throws DaliException, IOException {
        Path plain = file;
        String plainName = name;
        FileDataSource src = new FileDataSource(file.toFile());
        if (src.getCompression() != Compression.NONE) {
            plain = newFile();
            try (InputStream in = src.getInputStream()) {
                copy(in, plain, name);
            } catch (IOException e) {
                throw new DaliException(400, name + ": the compressed data are damaged (" + e.getMessage() + ")");
            }
            plainName = stripCompression(name);
        }
        byte[] head = head(plain, 512);   // one read tells HTML, zip and tar apart
        if (isHtml(head)) {
            throw new DaliException(400, plainName + ": is an HTML page, not light curves (did a URL answer with an error or "
                    + "login page?); send VOTable, FITS, CSV, ECSV or text files");
        }
        if (archivesToo && isZip(head)) {
            unzip(name, plain);
        } else if (archivesToo && isTar(head)) {
            untar(name, plain);
        } else {
            if (inputs.size() >= maxFiles) {
                throw new DaliException(400, "The upload holds more than " + maxFiles + " files, the most one job takes here");
            }
            inputs.add(new BatchAnalyzer.Input(plain, plainName));
        }
    }

    private void unzip(String name, Path zip) throws DaliException, IOException {
        int members = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.isDirectory() || skipped(e.getName())) continue;
                Path f = newFile();
                copy(in, f, name + "!" + e.getName());
                add(TarGz.baseName(e.getName()), f, false);
                members++;
            }
        } catch (ZipException e) {
            throw new DaliException(400, name + ": the zip archive is damaged (" + e.getMessage() + ")");
        }
        if (members == 0) throw new DaliException(400, name + ": the zip archive holds no files");
    }

    private void untar(String name, Path tar) throws DaliException, IOException {
        int before = inputs.size();
        try (InputStream in = Files.newInputStream(tar)) {
            // the tar is on disk within the budget already, so its members are bounded by it
            TarGz.readTar(in, name, (member, content) -> {
                if (skipped(member)) return;
                Path f = newFile();
                try (InputStream c = new java.io.ByteArrayInputStream(content)) {
                    copy(c, f, name + "!" + member);
                    add(TarGz.baseName(member), f, false);
                } catch (DaliException e) {
                    throw new Refused(e);   // out through the visitor, which may throw only IOException
                }
            });
        } catch (Refused e) {
            throw e.refusal;
        } catch (IOException e) {
            throw new DaliException(400, name + ": the tar archive is damaged (" + e.getMessage() + ")");
        }
        if (inputs.size() == before) throw new DaliException(400, name + ": the tar archive holds no files");
    }

    /** Folders' litter that archivers add: not light curves. */
    private static boolean skipped(String member) {
        String base = TarGz.baseName(member);
        return member.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }

    private Path newFile() throws IOException {
        return Files.createTempFile(dir, "in-", ".dat");
    }

    private void copy(InputStream in, Path to, String what) throws IOException, DaliException {
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(to)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                written += n;
                if (written > maxBytes) {
                    throw new DaliException(413, what + ": the upload unpacks to more than " + maxBytes / (1024 * 1024)
                            + " MiB, the most one job takes here (a zip or gzip bomb?); send fewer or smaller files");
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && (h[2] == 3 && h[3] == 4 || h[2] == 5 && h[3] == 6);
    }

    private static boolean isHtml(byte[] h) {
        String s = new String(h, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("<!doctype html") || s.startsWith("<html");
    }

    private static boolean isTar(byte[] h) {
        return h.length >= 262 && new String(h, 257, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ustar");
    }

    /** A refusal carried out of {@link TarGz#readTar}'s visitor. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final transient DaliException refusal;

        Refused(DaliException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private static byte[] head(Path f, int n) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(n);
        }
    }

    private static String stripCompression(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) return name.substring(0, name.length() - 4) + ".tar";
        for (String z : new String[] {".gz", ".bz2", ".z"}) {
            if (lower.endsWith(z) && name.length() > z.length()) return name.substring(0, name.length() - z.length());
        }
        return name;
    }

    @Override
    public void close() {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // temporary files; the OS cleans up eventually
        }
    }
}
