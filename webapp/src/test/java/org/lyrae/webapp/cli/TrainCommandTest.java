package org.lyrae.webapp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lyrae train} refuses bad options with the usage (training itself runs in AnalyzeCommandTest, on first use). */
class TrainCommandTest {

    private static String refused(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TrainCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(2, status);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        assertTrue(refused("--model", "forest").contains("--model is bayes, xgboost, lstm, transformer or all, not forest"));
        assertTrue(refused("--band", "K").contains("--band is G or I, not K"));
        assertTrue(refused("--band").contains("an option lacks its value"));
        assertTrue(refused("--frobnicate").contains("unknown option --frobnicate"));
    }
}
