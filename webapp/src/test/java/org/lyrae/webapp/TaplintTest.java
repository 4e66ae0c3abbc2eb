package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The IVOA validator, STILTS taplint, against the running service on each backend: no error and
 * no warning in any stage, sync, async (UWS), uploads and examples included.
 */
class TaplintTest {
    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void taplintFindsNothingWrong(TestServers.Backend backend) throws Exception {
        String tap = TestServers.get(backend).tap();
        String report = taplint(tap);
        List<String> problems = report.lines()
                .filter(l -> l.matches("^[EW]-[A-Z0-9]+-[A-Z0-9]+-\\d+ .*"))
                .toList();
        assertEquals(List.of(), problems, "taplint errors and warnings on " + backend);
        // taplint really ran its stages: it must have made and checked queries
        Matcher m = Pattern.compile("S-MDQ-QNUM-1 Successful/submitted TAP queries: (\\d+)/(\\d+)").matcher(report);
        assertTrue(m.find(), "taplint metadata-query stage did not run:\n" + report);
        assertEquals(m.group(2), m.group(1), "some metadata queries failed");
        assertTrue(report.contains("S-EXA-XVAL-1 Syntax validity success/attempt: 5/5"), "examples not all valid");
        assertTrue(report.contains("Execution success/attempt: 5/5"), "examples not all executed");
        // the async and UWS stages ran and submitted jobs
        assertTrue(report.contains("Section QAS"), "no async stage:\n" + report);
        assertTrue(report.matches("(?s).*S-QAS-QNUM-1 Successful/submitted TAP queries: (\\d+)/\\1.*"), "async queries failed:\n" + report);
        assertTrue(report.contains("Section UWS"), "no UWS stage");
    }

    static String taplint(String tapUrl) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("stilts", "taplint", "tapurl=" + tapUrl)
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        return new String(out, StandardCharsets.UTF_8);
    }
}
