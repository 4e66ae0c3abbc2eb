package org.lyrae.webapp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsInPlaceOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "analyze", 4, "stars")) {
            bar.step(1);
            assertTrue(bar.line().startsWith("analyze [" + "#".repeat(8) + "-".repeat(22) + "] 1/4 stars"), bar.line());
            bar.step(3);
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\ranalyze ["), s);
        assertTrue(s.endsWith("] 4/4 stars (" + s.substring(s.lastIndexOf('(') + 1)), s);
        assertTrue(s.contains("[" + "#".repeat(30) + "]"), s);
    }

    @Test
    void onlyASummaryWhenPiped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "analyze", 2, "stars")) {
            bar.step(1);
            bar.step(1);
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, s.lines().count(), s);
        assertTrue(s.startsWith("analyze [" + "#".repeat(30) + "] 2/2 stars"), s);
    }
}
