package org.lyrae.tap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** lyrae.bulge_rrab against bulge_ks/table5.dat; expected values typed in from the file. */
class BulgeRrabTest {

    private static final double EPS = 1e-9;
    private static List<Map<String, Object>> rows;
    private static Map<Object, Map<String, Object>> byId;

    @BeforeAll
    static void read() throws IOException {
        rows = DemoData.rows(new BulgeRrab().read(DemoData.dataDir()));
        byId = DemoData.byKey(rows, "id");
    }

    @Test
    void oneRowPerLine() throws IOException {
        long lines = Files.readAllLines(DemoData.dataDir().resolve("bulge_ks/table5.dat")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertEquals(4447, lines);
        assertEquals(lines, rows.size());
    }

    @Test
    void firstLine() {
        // 7  17:05:27.27  -34:33:50.9  -1.268  0.067  14.657  117  0.643188  0.171  0.939  78.5
        Map<String, Object> r = byId.get("7");
        assertEquals(15 * (17 + 5 / 60.0 + 27.27 / 3600), (Double) r.get("ra"), EPS);
        assertEquals(256.363625, (Double) r.get("ra"), 1e-6);
        assertEquals(-(34 + 33 / 60.0 + 50.9 / 3600), (Double) r.get("dec"), EPS);
        assertEquals(-1.268, (Double) r.get("feh"), EPS);
        assertEquals(0.067, (Double) r.get("feh_error"), EPS);
        assertEquals(14.657, (Double) r.get("k_mean"), EPS);
        assertEquals(117, r.get("n_epochs"));
        assertEquals(0.643188, (Double) r.get("period"), EPS);
        assertEquals(0.171, (Double) r.get("amplitude_k"), EPS);
        assertEquals(0.939, (Double) r.get("phase_coverage"), EPS);
        assertEquals(78.5, (Double) r.get("snr"), EPS);
    }

    @Test
    void lastLine() {
        // 13250  18:33:55.82  -23:21:25.5  -1.365  0.028  14.158  70  0.475613  0.301  0.915  175.3
        Map<String, Object> r = byId.get("13250");
        assertEquals(15 * (18 + 33 / 60.0 + 55.82 / 3600), (Double) r.get("ra"), EPS);
        assertEquals(-(23 + 21 / 60.0 + 25.5 / 3600), (Double) r.get("dec"), EPS);
        assertEquals(175.3, (Double) r.get("snr"), EPS);
    }

    @Test
    void everyStarIsInTheInnerBulge() {
        for (Map<String, Object> r : rows) {
            double ra = (Double) r.get("ra"), dec = (Double) r.get("dec");
            // RA 17h-18h40m, Dec -41 to -17: the VVV bulge area; hours left unconverted would fail here
            assertTrue(ra > 255 && ra < 280 && dec > -41 && dec < -17, r.toString());
            double pc = (Double) r.get("phase_coverage");
            assertTrue(pc > 0 && pc <= 1, r.toString());
            assertTrue((Double) r.get("k_mean") > 11 && (Double) r.get("k_mean") < 17, r.toString());
        }
    }

    @Test
    void sexagesimalKeepsTheSignOfMinusZero() {
        assertEquals(-0.5, BulgeRrab.sexagesimal("-00:30:00"), EPS);
        assertEquals(12.5, BulgeRrab.sexagesimal("+12:30:00"), EPS);
    }
}
