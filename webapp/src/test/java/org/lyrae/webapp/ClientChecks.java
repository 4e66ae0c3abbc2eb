package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

/** What the client interoperability tests share: comparing backends and reading the raw catalogue. */
final class ClientChecks {
    private ClientChecks() {
    }

    private static final String PYTHON = System.getProperty("lyrae.test.python", "/usr/bin/python3");

    /**
     * Runs a client script against a TAP URL and reads the JSON document it prints. Its output
     * goes to files so that the timeout holds even when a client hangs (one ignoring PHASE=RUN at
     * creation polls for ever): then it and its children are killed and the test fails.
     */
    static JsonNode runScript(Path script, String tapUrl, long timeoutSeconds) throws Exception {
        return runScript(script, timeoutSeconds, tapUrl);
    }

    /** {@link #runScript(Path, String, long)} with any arguments (the service's URL first). */
    static JsonNode runScript(Path script, long timeoutSeconds, String... args) throws Exception {
        String tapUrl = args[0];
        Path stdout = Files.createTempFile("lyrae-client-", ".json");
        Path stderr = Files.createTempFile("lyrae-client-", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(script.getFileName() + " did not finish within " + timeoutSeconds + " s on " + tapUrl + ":\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            if (p.exitValue() != 0) {
                fail(script.getFileName() + " failed on " + tapUrl + " (exit " + p.exitValue() + "):\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new ObjectMapper().readTree(stdout.toFile());
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** crts_id of the catalogue file's stars within {@code radius} degrees, ascending. */
    static List<Long> crtsConeIds(double ra, double dec, double radius) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String[] f : crtsRows()) {
            if (distanceDeg(Double.parseDouble(f[1]), Double.parseDouble(f[2]), ra, dec) <= radius) out.add(Long.parseLong(f[10]));
        }
        out.sort(null);
        return out;
    }

    static void diff(JsonNode a, JsonNode b, String path, List<String> out) {
        if (a.isObject() && b != null && b.isObject()) {
            a.fieldNames().forEachRemaining(k -> diff(a.get(k), b.has(k) ? b.get(k) : null, path + "/" + k, out));
            b.fieldNames().forEachRemaining(k -> {
                if (!a.has(k)) out.add(path + "/" + k + ": only on PostgreSQL");
            });
        } else if (a.isArray() && b != null && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) diff(a.get(i), b.get(i), path + "/" + i, out);
        } else if (!a.equals(b)) {
            String h2 = a.toString(), pg = String.valueOf(b);
            out.add(path + ": H2 " + h2.substring(0, Math.min(200, h2.length())) + " / PostgreSQL "
                    + pg.substring(0, Math.min(200, pg.length())));
        }
    }
    /** The data lines of the CRTS catalogue file, split on blanks (crts_id is field 10). */
    static List<String[]> crtsRows() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestServers.sharedData().resolve("neurraly/crts_x_sdss/RRL_params"),
                StandardCharsets.US_ASCII)) {
            if (line.startsWith("CSS_J")) out.add(line.trim().split("\\s+"));
        }
        assertEquals(12379, out.size());
        return out;
    }
    static double distanceDeg(double ra1, double dec1, double ra2, double dec2) {
        double p1 = Math.toRadians(dec1), p2 = Math.toRadians(dec2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(ra2 - ra1) / 2), 2);
        return Math.toDegrees(2 * Math.asin(Math.sqrt(h)));
    }
}
