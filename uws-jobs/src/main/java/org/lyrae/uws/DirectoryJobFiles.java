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
public final class DirectoryJobFiles implements JobFiles {
    private final Path root;

    public DirectoryJobFiles(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    private Path dir(String jobId, String area) {
        return root.resolve(JobFiles.checkedId(jobId)).resolve(area);
    }

    @Override
    public OutputStream writeInput(String jobId, String name) throws IOException {
        Path d = Files.createDirectories(dir(jobId, "inputs"));
        return Files.newOutputStream(d.resolve(JobFiles.checkedName(name)));
    }

    @Override
    public InputStream readInput(String jobId, String name) throws IOException {
        return open(dir(jobId, "inputs").resolve(JobFiles.checkedName(name)));
    }

    @Override
    public OutputStream writeResult(String jobId, String name) throws IOException {
        Path d = Files.createDirectories(dir(jobId, "results"));
        return Files.newOutputStream(d.resolve(JobFiles.checkedName(name)));
    }

    @Override
    public InputStream readResult(String jobId, String name) throws IOException {
        return open(dir(jobId, "results").resolve(JobFiles.checkedName(name)));
    }

    @Override
    public void discardResult(String jobId, String name) throws IOException {
        Files.deleteIfExists(dir(jobId, "results").resolve(JobFiles.checkedName(name)));
    }

    private static InputStream open(Path p) throws IOException {
        return Files.exists(p) ? Files.newInputStream(p) : null;
    }

    @Override
    public void delete(String jobId) throws IOException {
        Path d = root.resolve(JobFiles.checkedId(jobId));
        if (!Files.exists(d)) return;
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
