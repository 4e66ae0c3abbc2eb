package org.lyrae.ml.lc;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (POSIX ustar, with the GNU long-name and
 * pax extensions that GNU tar writes), one after the other, without unpacking it to disk.
 */
public final class TarGz {
    private static final int BLOCK = 512;

    /** Told of each regular file: its path inside the archive and its content. */
    public interface Visitor {
        void file(String name, byte[] content) throws IOException;
    }

    private TarGz() {
    }

    public static void read(Path archive, Visitor visitor) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            readTar(in, archive.toString(), visitor);
        }
    }

    /**
     * Reads an uncompressed tar stream ({@code archive} names it in messages). A member is held in
     * memory whole: bound the stream (a decompressed file of known size) where its members are not trusted.
     */
    public static void readTar(InputStream in, String archive, Visitor visitor) throws IOException {
        byte[] header = new byte[BLOCK];
        String longName = null;
        while (true) {
            if (!readBlock(in, header)) return;                    // end of stream without the trailer
            if (allZero(header)) return;                            // the two zero blocks that end an archive
            String name = string(header, 0, 100);
            String prefix = string(header, 345, 155);
            if (!prefix.isEmpty() && string(header, 257, 5).equals("ustar")) name = prefix + "/" + name;
            long size = size(header);
            char type = (char) header[156];
            byte[] data = readData(in, size, archive);
            switch (type) {
                case 'L':                                           // GNU: the next entry's long name
                    longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                case 'x':                                           // pax: per-entry attributes
                    String path = paxPath(data);
                    if (path != null) longName = path;
                    continue;
                case '0': case '\0': case '7':
                    visitor.file(longName != null ? longName : name, data);
                    break;
                default:                                            // directories, links, global pax headers
                    break;
            }
            longName = null;
        }
    }

    /** The file name part of an archive path. */
    public static String baseName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static byte[] readData(InputStream in, long size, String archive) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) throw new IOException(archive + ": a member of " + size + " bytes is too large");
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) throw new EOFException(archive + ": truncated tar member");
        long pad = (BLOCK - size % BLOCK) % BLOCK;
        in.skipNBytes(pad);                                             // EOFException when truncated
        return data;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) return false;
        if (n < BLOCK) throw new EOFException("truncated tar header");
        return true;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static String string(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    /** The size field: octal text, or base-256 when its first byte has the high bit set. */
    private static long size(byte[] h) {
        if ((h[124] & 0x80) != 0) {
            long v = h[124] & 0x7f;
            for (int i = 125; i < 136; i++) v = (v << 8) | (h[i] & 0xff);
            return v;
        }
        String s = string(h, 124, 12).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    /** The {@code path} record of a pax header ("LEN path=VALUE\n" records), or null. */
    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String rec : text.split("\n")) {
            int sp = rec.indexOf(' ');
            if (sp > 0 && rec.startsWith("path=", sp + 1)) return rec.substring(sp + 6);
        }
        return null;
    }
}
