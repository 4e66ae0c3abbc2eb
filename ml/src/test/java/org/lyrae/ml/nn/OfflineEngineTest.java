package org.lyrae.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is downloaded at run time: a JVM with an empty DJL cache loads PyTorch from the jar on
 * the class path, trains and predicts, and makes no attempt to reach another machine. A control run
 * that opens a URL on purpose shows that such an attempt would be seen.
 */
class OfflineEngineTest {

    @Test
    void pytorchRunsWithoutTheNetwork(@TempDir Path cache) throws Exception {
        Run r = probe(cache, List.of());
        assertEquals(0, r.exit, r.log);
        assertTrue(r.log.contains("predicted 64 curves"), r.log);
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("libtorch_cpu.so")),
                    "the native library unpacked from the pytorch-native-cpu jar into the empty cache");
        }
    }

    @Test
    void anAttemptWouldBeSeen(@TempDir Path cache) throws Exception {
        Run r = probe(cache, List.of("control"));
        assertEquals(3, r.exit, r.log);
        assertTrue(r.log.contains("repo1.maven.org"), r.log);
    }

    private record Run(int exit, String log) {
    }

    private static Run probe(Path cache, List<String> args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-DDJL_CACHE_DIR=" + cache, "-cp", System.getProperty("java.class.path"),
                OfflineProbe.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DJL_CACHE_DIR");
        pb.environment().remove("ENGINE_CACHE_DIR");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), log);
    }
}
