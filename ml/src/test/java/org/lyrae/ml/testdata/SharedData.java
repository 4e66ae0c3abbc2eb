package org.lyrae.ml.testdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Where the shared data is, and its tarballs extracted (once) under the module's {@code target/}. */
public final class SharedData {

    private SharedData() {
    }

    /**
     * {@code ${lyrae.shared}/data}: surefire sets {@code lyrae.shared} from the parent POM (the
     * {@code shared} folder beside the repository root); without it, {@code ../shared/data} from the
     * repository root, which is {@code ../../shared/data} from this module.
     */
    public static Path dataDir() {
        String shared = System.getProperty("lyrae.shared");
        Path dir = shared != null ? Path.of(shared, "data") : Path.of("../../shared/data");
        assertTrue(Files.isDirectory(dir), "shared data folder not found: " + dir.toAbsolutePath()
                + " (set -Dlyrae.shared=/path/to/shared)");
        return dir;
    }

    /** A folder of this module's {@code target/} for files the tests write. */
    public static Path scratch(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "lc-test", name));
    }

    /**
     * The members of a {@code .tar.gz} from the shared data, extracted into {@code target/lc-data/<name>}
     * the first time (a marker file records the tarball's size, so a changed tarball is extracted again).
     * Returns the extracted regular files, in tarball order.
     */
    public static synchronized List<Path> extract(String relativeTarball) throws IOException {
        Path tarball = dataDir().resolve(relativeTarball);
        assertTrue(Files.isRegularFile(tarball), "no tarball " + tarball);
        String name = tarball.getFileName().toString().replace(".tar.gz", "");
        Path dest = Path.of("target", "lc-data", name);
        Path marker = dest.resolve(".extracted");
        Path list = dest.resolve(".members");
        String stamp = Files.size(tarball) + " " + Files.getLastModifiedTime(tarball).toMillis();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            List<Path> files = new ArrayList<>();
            for (String m : Files.readAllLines(list)) files.add(dest.resolve(m));
            return files;
        }
        Files.createDirectories(dest);
        List<String> members = new ArrayList<>();
        untar(tarball, dest, members);
        Files.write(list, members);
        Files.writeString(marker, stamp);
        List<Path> files = new ArrayList<>();
        for (String m : members) files.add(dest.resolve(m));
        return files;
    }

    /** A small ustar reader: regular files only, names with a ustar prefix or a GNU long-name record. */
    private static void untar(Path tarball, Path dest, List<String> members) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            byte[] header = new byte[512];
            String longName = null;
            while (in.readNBytes(header, 0, 512) == 512) {
                boolean zero = true;
                for (byte b : header) zero &= b == 0;
                if (zero) break;
                String name = longName != null ? longName : field(header, 0, 100);
                longName = null;
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                String octal = field(header, 124, 12).trim();
                long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == 'L') {
                    byte[] n = in.readNBytes((int) padded);
                    longName = new String(n, 0, (int) size, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (type == '0' || type == 0) {
                    Path out = dest.resolve(name).normalize();
                    assertTrue(out.startsWith(dest), "tar member outside its folder: " + name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, in.readNBytes((int) size));
                    in.skipNBytes(padded - size);
                    members.add(name);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) end++;
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    /** Lines of a text file that are not blank and not {@code #} comments. */
    public static List<String> dataLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            if (!l.isBlank() && !l.strip().startsWith("#")) out.add(l);
        }
        return out;
    }
}
