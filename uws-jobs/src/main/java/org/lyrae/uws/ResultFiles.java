package org.lyrae.uws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Job inputs and results as files under one directory ({@code var/jobs} by default; a shared
 * directory when web nodes and workers run on several machines).
 */
public final class ResultFiles {
    private final Path root;

    public ResultFiles(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    private Path dir(String jobId, String area) {
        if (!jobId.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("bad job id");
        return root.resolve(jobId).resolve(area);
    }

    private static String safe(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) throw new IllegalArgumentException("bad name " + name);
        return name;
    }

    public OutputStream writeInput(String jobId, String name) throws IOException {
        Path d = Files.createDirectories(dir(jobId, "inputs"));
        return Files.newOutputStream(d.resolve(safe(name)));
    }

    public InputStream readInput(String jobId, String name) throws IOException {
        Path p = dir(jobId, "inputs").resolve(safe(name));
        return Files.exists(p) ? Files.newInputStream(p) : null;
    }

    public Path resultPath(String jobId, String name) throws IOException {
        return Files.createDirectories(dir(jobId, "results")).resolve(safe(name));
    }

    public Path existingResult(String jobId, String name) {
        Path p = dir(jobId, "results").resolve(safe(name));
        return Files.exists(p) ? p : null;
    }

    public void delete(String jobId) throws IOException {
        Path d = root.resolve(jobId);
        if (!Files.exists(d)) return;
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
