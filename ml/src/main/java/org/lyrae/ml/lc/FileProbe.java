package org.lyrae.ml.lc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ac.starlink.util.DataSource;
import uk.ac.starlink.util.FileDataSource;

/**
 * A file about to be read: its path, the name to show for it, its size, and its first bytes
 * (decompressed when the file is gzip or bzip2 compressed), which is what
 * {@link LightCurveFormat#accepts} looks at.
 */
public final class FileProbe {

    /** How many leading (decompressed) bytes {@link #head()} holds at most. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final Path path;
    private final String name;
    private final long size;
    private final byte[] head;
    private final boolean whole;

    private FileProbe(Path path, String name, long size, byte[] head, boolean whole) {
        this.path = path;
        this.name = name;
        this.size = size;
        this.head = head;
        this.whole = whole;
    }

    /**
     * Looks at a file, refusing it (before reading any of it) when it is larger than
     * {@code maxBytes}, and when it is empty.
     */
    public static FileProbe of(Path path, String sourceName, long maxBytes) throws LightCurveException {
        String name = sourceName != null ? sourceName : String.valueOf(path.getFileName());
        long size;
        try {
            if (Files.isDirectory(path)) throw new LightCurveException(name, "is a directory, not a file");
            size = Files.size(path);
        } catch (IOException e) {
            throw new LightCurveException(name, "cannot be read: " + e, e);
        }
        if (size > maxBytes) {
            throw new LightCurveException(name, "is " + bytes(size) + ", larger than the limit of " + bytes(maxBytes)
                    + " for one light-curve file; split it, or raise the limit");
        }
        if (size == 0) throw new LightCurveException(name, "is empty (0 bytes)");
        byte[] head;
        boolean whole;
        try (InputStream in = new FileDataSource(path.toFile()).getInputStream()) {
            head = in.readNBytes(HEAD_BYTES);
            whole = in.read() < 0;
        } catch (IOException e) {
            throw new LightCurveException(name, "cannot be read: " + e, e);
        }
        if (head.length == 0) throw new LightCurveException(name, "is empty (nothing after decompression)");
        return new FileProbe(path, name, size, head, whole);
    }

    public Path path() {
        return path;
    }

    /** The file's name as the user knows it: for messages, extensions and file-name identifiers. */
    public String name() {
        return name;
    }

    /** Size on disk in bytes (compressed size for compressed files). */
    public long size() {
        return size;
    }

    /** The first bytes, decompressed; the whole content when {@link #isWhole()}. */
    public byte[] head() {
        return head.clone();
    }

    /** Whether {@link #head()} is the whole (decompressed) content. */
    public boolean isWhole() {
        return whole;
    }

    /** The content, decompressed when compressed. */
    public InputStream open() throws IOException {
        return dataSource().getInputStream();
    }

    /** A STIL data source for the file, named as the user knows it. */
    public DataSource dataSource() throws IOException {
        FileDataSource ds = new FileDataSource(path.toFile());
        ds.setName(name);
        return ds;
    }

    /** The file name without directories and without a compression suffix ({@code .gz}, {@code .bz2}). */
    public String baseName() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        String lower = n.toLowerCase(Locale.ROOT);
        for (String z : new String[] {".gz", ".bz2", ".z"}) {
            if (lower.endsWith(z) && n.length() > z.length()) return n.substring(0, n.length() - z.length());
        }
        return n;
    }

    /** The extension of {@link #baseName()}, lower case, without the dot; empty when none. */
    public String extension() {
        String b = baseName();
        int dot = b.lastIndexOf('.');
        return dot > 0 ? b.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** {@link #baseName()} without its extension: the identifier of a single-star file. */
    public String stem() {
        String b = baseName();
        int dot = b.lastIndexOf('.');
        return dot > 0 ? b.substring(0, dot) : b;
    }

    /** Whether the head looks like text (no NUL bytes, few control characters). */
    public boolean isText() {
        int control = 0;
        for (byte b : head) {
            if (b == 0) return false;
            if ((b & 0xff) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control * 100 <= head.length;
    }

    /** Up to {@code max} complete lines of the head (a line cut by the head's end is left out). */
    public List<String> headLines(int max) {
        List<String> lines = new ArrayList<>();
        if (!isText()) return lines;
        String text = new String(head, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        int start = 0;
        while (lines.size() < max && start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                if (whole) lines.add(stripCr(text.substring(start)));
                break;
            }
            lines.add(stripCr(text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    /**
     * The first line that holds data: not blank and not a comment ({@code #}, {@code %}, {@code !},
     * {@code \}, {@code |}); null when the head has none.
     */
    public String firstDataLine() {
        for (String line : headLines(1000)) {
            if (!TextColumns.isComment(line)) return line;
        }
        return null;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    static String bytes(long n) {
        if (n < 10_000) return n + " bytes";
        if (n < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        if (n < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", n / 1e9);
    }
}
