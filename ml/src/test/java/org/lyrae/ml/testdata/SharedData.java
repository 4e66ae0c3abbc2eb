package org.lyrae.ml.testdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.lc.TarGz;

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

    /** Writes the archive's regular files under {@code dest} with the service's own tar reader. */
    private static void untar(Path tarball, Path dest, List<String> members) throws IOException {
        TarGz.read(tarball, (name, content) -> {
            Path out = dest.resolve(name).normalize();
            assertTrue(out.startsWith(dest), "tar member outside its folder: " + name);
            Files.createDirectories(out.getParent());
            Files.write(out, content);
            members.add(name);
        });
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
