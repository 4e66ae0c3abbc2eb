package org.lyrae.tap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** lyrae.crts_rrlyrae against neurraly/crts_x_sdss/RRL_params; expected values typed in from the file. */
class CatalinaRrLyraeTest {

    private static final double EPS = 1e-9;
    private static List<Map<String, Object>> rows;
    private static Map<Object, Map<String, Object>> byId;

    @BeforeAll
    static void read() throws IOException {
        rows = DemoData.rows(new CatalinaRrLyrae().read(DemoData.dataDir()));
        byId = DemoData.byKey(rows, "crts_id");
    }

    @Test
    void oneRowPerCatalogueLine() throws IOException {
        long lines = Files.readAllLines(DemoData.dataDir().resolve("neurraly/crts_x_sdss/RRL_params")).stream()
                .filter(l -> l.startsWith("CSS_J")).count();
        assertEquals(12379, lines);
        assertEquals(lines, rows.size());
    }

    @Test
    void firstLine() {
        // CSS_J000004.0+182425 0.01669 18.40698 15.171 0.4851599 0.97 201 7.86 0.055 53709.62091 1118001032807
        Map<String, Object> r = byId.get(1118001032807L);
        assertEquals("CSS_J000004.0+182425", r.get("crts_name"));
        assertEquals(0.01669, (Double) r.get("ra"), EPS);
        assertEquals(18.40698, (Double) r.get("dec"), EPS);
        assertEquals(15.171, (Double) r.get("v_mean"), EPS);
        assertEquals(0.4851599, (Double) r.get("period"), EPS);
        assertEquals(0.97, (Double) r.get("amplitude_v"), EPS);
        assertEquals(201, r.get("n_points"));
        assertEquals(7.86, (Double) r.get("helio_distance"), EPS);
        assertEquals(0.055, (Double) r.get("ebv"), EPS);
        assertEquals(53709.62091, (Double) r.get("epoch_max"), EPS);
        assertNull(r.get("prior_id"));
    }

    @Test
    void priorNamesHaveSpacesForUnderscores() {
        // CSS_J000347.5-112836 ... 2.72 0.062 53705.79972 1012001048243 GK_Cet__
        Map<String, Object> gkCet = byId.get(1012001048243L);
        assertEquals("GK Cet", gkCet.get("prior_id"));
        assertEquals(2.72, (Double) gkCet.get("helio_distance"), EPS);
        assertEquals(-11.47676, (Double) gkCet.get("dec"), EPS);
        // CSS_J134201.4+282444 ... 1129065006245 Cl*_NGC_5272_KUST_132
        assertEquals("Cl* NGC 5272 KUST 132", byId.get(1129065006245L).get("prior_id"));
    }

    @Test
    void duplicatedDesignationKeepsBothEntries() {
        List<Map<String, Object>> twins = rows.stream()
                .filter(r -> r.get("crts_name").equals("CSS_J105735.0-110702")).toList();
        assertEquals(2, twins.size());
        assertNotEquals(twins.get(0).get("crts_id"), twins.get(1).get("crts_id"));
    }

    @Test
    void valuesInCatalogueUnits() {
        for (Map<String, Object> r : rows) {
            double dec = (Double) r.get("dec");
            assertTrue(dec > -23 && dec < 67, "CSS footprint: " + r);
            double period = (Double) r.get("period");
            assertTrue(period > 0.4 && period < 1.0, "RRab period in days: " + r);
            double distance = (Double) r.get("helio_distance");
            assertTrue(distance > 0.1 && distance < 80, "kpc: " + r);
            double v = (Double) r.get("v_mean");
            assertTrue(v > 10 && v < 21, "V mag: " + r);
            double mjd = (Double) r.get("epoch_max");
            assertTrue(mjd > 53400 && mjd < 55500, "MJD within CSS 2005-2010: " + r);
            assertTrue((Double) r.get("ebv") >= 0 && (Double) r.get("amplitude_v") > 0);
        }
    }
}
