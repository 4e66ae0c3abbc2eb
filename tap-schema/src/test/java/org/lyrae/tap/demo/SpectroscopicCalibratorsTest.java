package org.lyrae.tap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.calib.SpectroscopicStar;
import org.lyrae.ml.calib.SpectroscopicStars;

/**
 * lyrae.calibrators against the raw CHR/LIT files. Expected values are either typed in from the
 * files by hand or recomputed here from the raw rows with the documented rule.
 */
class SpectroscopicCalibratorsTest {

    private static final double EPS = 1e-12;

    /** LIT names of CHR stars that differ from the CHR name (found by hand: ASAS designations with
     * "J", and three stars that CHR calls by their GCVS name). */
    private static final Set<String> LIT_ALIASES_OF_CHR = Set.of(
            "ASAS-J162158+0244.5", "ASAS-J200431-5352.3", "ASAS-J085254-0300.3", "ASAS-J090900-0410.4",
            "ASAS-J110522-2641.0", "ASAS-J211933-1507.0" /* YZ_Cap */, "ASAS-J230659-4354.6" /* BO_Gru */,
            "ASAS-J081933-2358.2" /* V701_Pup */);

    private static List<Map<String, String>> chrRaw;
    private static List<Map<String, String>> litRaw;
    private static List<Map<String, Object>> rows;
    private static Map<Object, Map<String, Object>> byName;

    @BeforeAll
    static void read() throws IOException {
        Path data = DemoData.dataDir();
        chrRaw = DemoData.rawTable(data.resolve("spectroscopic/CHR_X_phot_single.dat"));
        litRaw = new ArrayList<>(DemoData.rawTable(data.resolve("spectroscopic/LIT_hires_feh_1_X_phot.dat")));
        litRaw.addAll(DemoData.rawTable(data.resolve("spectroscopic/LIT_hires_feh_2_X_phot.dat")));
        rows = DemoData.rows(new SpectroscopicCalibrators().read(data));
        byName = DemoData.byKey(rows, "name");
    }

    @Test
    void oneRowPerStar() {
        long chrStars = chrRaw.stream().map(r -> r.get("gaia_id")).distinct().count();
        Set<String> chrNames = chrRaw.stream().map(r -> r.get("name")).collect(Collectors.toSet());
        long litOnly = litRaw.stream()
                .filter(r -> r.get("type").startsWith("RR"))
                .map(r -> r.get("name"))
                .filter(n -> !chrNames.contains(n) && !LIT_ALIASES_OF_CHR.contains(n))
                .distinct().count();
        assertEquals(111, chrStars, "README: 111 CHR stars");
        assertEquals(75, litOnly);
        assertEquals(chrStars, rows.stream().filter(r -> r.get("catalogue").equals("CHR")).count());
        assertEquals(litOnly, rows.stream().filter(r -> r.get("catalogue").equals("LIT")).count());
        assertEquals(186, rows.size());
        assertEquals(chrStars, rows.stream().map(r -> r.get("gaia_dr2_source_id")).filter(x -> x != null).distinct().count());
    }

    @Test
    void columnsHoldSensibleValues() {
        for (Map<String, Object> r : rows) {
            assertTrue(Set.of("RRab", "RRc").contains(r.get("rr_type")), r.toString());
            boolean chr = r.get("catalogue").equals("CHR");
            assertEquals(chr, r.get("gaia_dr2_source_id") != null, r.toString());
            assertTrue((Integer) r.get("n_spectra") >= 1);
            Double period = (Double) r.get("period");
            assertTrue(period == null || period > 0.2 && period < 1.0, r.toString());
        }
    }

    @Test
    void aaAqlAsTypedFromTheFile() {
        // two Crestani21 rows: feh -0.48849987983703613 (e 0.1) and -0.3410000801086426 (e 0.056), shift 0
        Map<String, Object> r = byName.get("AA_Aql");
        assertEquals(4224859720193721856L, r.get("gaia_dr2_source_id"));
        assertEquals(309.56279434025777, (Double) r.get("ra"), EPS);
        assertEquals(-2.890342387110195, (Double) r.get("dec"), EPS);
        assertEquals("RRab", r.get("rr_type"));
        assertEquals(false, r.get("blazhko"));
        assertEquals(0.361788, (Double) r.get("period"), EPS);
        double w1 = 1 / (0.1 * 0.1), w2 = 1 / (0.056 * 0.056);
        assertEquals((w1 * -0.48849987983703613 + w2 * -0.3410000801086426) / (w1 + w2), (Double) r.get("feh"), EPS);
        // SEM = |difference| / 2 = 0.0737 < median error (0.1 + 0.056) / 2 = 0.078
        assertEquals(0.078, (Double) r.get("feh_error"), EPS);
        assertEquals(2, r.get("n_spectra"));
        assertEquals("Crestani+2021", r.get("feh_sources"));
        assertEquals("CHR", r.get("catalogue"));
    }

    @Test
    void nrLyrSingleLiteratureSpectrum() {
        // LIT_1: NR_Lyr CFHT feh -2.54 e_feh 0.11 Nemec2013 shift -0.094, RA 287.1134658333333, no photometry
        Map<String, Object> r = byName.get("NR_Lyr");
        assertEquals(-2.54 - 0.094, (Double) r.get("feh"), EPS);
        assertEquals(0.11, (Double) r.get("feh_error"), EPS);
        assertEquals(1, r.get("n_spectra"));
        assertEquals(287.1134658333333, (Double) r.get("ra"), EPS);
        assertNull(r.get("period"));
        assertNull(r.get("gaia_dr2_source_id"));
        assertEquals("Nemec+2013", r.get("feh_sources"));
        assertEquals("LIT", r.get("catalogue"));
    }

    @Test
    void repeatedRowsAreOneSpectrum() {
        // BO_Gru: 6 Sneden2017 spectra, each listed twice (two light curves); all e_feh 0.116
        assertEquals(12, chrRaw.stream().filter(r -> r.get("name").equals("BO_Gru")).count());
        Map<String, Object> r = byName.get("BO_Gru");
        assertEquals(6, r.get("n_spectra"));
        double mean = (-1.625 - 1.435 - 1.5350000000000001 - 1.52 - 1.635 - 1.68) / 6;
        assertEquals(mean, (Double) r.get("feh"), 1e-9);
        assertEquals(0.116, (Double) r.get("feh_error"), EPS);
        assertEquals("RRc", r.get("rr_type"));
        assertEquals(true, r.get("blazhko"));
        // Y_Crv: one of its 10 rows is an exact copy
        assertEquals(9, byName.get("Y_Crv").get("n_spectra"));
    }

    @Test
    void combinedFehFollowsTheRule() {
        // CHR with a duplicate; LIT across both files and four sources (weights differ); LIT where the
        // scatter (SEM 0.30) exceeds the quoted errors (0.271); LIT with six sources
        assertRule("Y_Crv", chrRaw);
        assertRule("RR_Lyr", litRaw);
        assertRule("V455_Oph", litRaw);
        assertRule("SW_And", litRaw);
        assertRule("DH_Peg", chrRaw);
        assertTrue((Double) byName.get("V455_Oph").get("feh_error") > 0.271 + 1e-3, "SEM dominates");
        assertEquals("Andrievsky+2018;Clementini+1995;Fernley+1996;Lambert+1996;Liu+2013;Nemec+2013",
                byName.get("SW_And").get("feh_sources"));
    }

    /** Recomputes feh, feh_error and n_spectra of a star from the raw rows with the documented rule. */
    private static void assertRule(String name, List<Map<String, String>> raw) {
        Map<String, Map<String, String>> spectra = new LinkedHashMap<>();
        for (Map<String, String> row : raw) {
            if (!row.get("name").equals(name)) continue;
            String key = String.join("|", row.get("instrument"), row.get("source"), row.get("feh0"), row.get("e_feh0"),
                    row.get("n0"), row.get("feh1"), row.get("e_feh1"), row.get("n1"), row.get("feh"), row.get("e_feh"),
                    row.get("shift"));
            spectra.putIfAbsent(key, row);
        }
        int n = spectra.size();
        double[] v = spectra.values().stream()
                .mapToDouble(r -> Double.parseDouble(r.get("feh")) + Double.parseDouble(r.get("shift"))).toArray();
        double[] e = spectra.values().stream().mapToDouble(r -> Double.parseDouble(r.get("e_feh"))).toArray();
        double sw = 0, swv = 0, mean = Arrays.stream(v).average().orElseThrow(), ss = 0;
        for (int i = 0; i < n; i++) {
            sw += 1 / (e[i] * e[i]);
            swv += v[i] / (e[i] * e[i]);
            ss += (v[i] - mean) * (v[i] - mean);
        }
        double[] sorted = e.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double sem = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;

        Map<String, Object> r = byName.get(name);
        assertTrue(n > 1, name + " should have several spectra");
        assertEquals(n, r.get("n_spectra"), name);
        assertEquals(swv / sw, (Double) r.get("feh"), 1e-9, name);
        assertEquals(Math.max(sem, median), (Double) r.get("feh_error"), 1e-9, name);
    }

    @Test
    void starInBothSetsIsKeptOnceFromChr() {
        // X_Ari: CHR (4 Chadid2017 spectra) and LIT (5 rows, 1.7 arcsec away): only CHR values
        Map<String, Object> xAri = byName.get("X_Ari");
        assertEquals("CHR", xAri.get("catalogue"));
        assertEquals("Chadid+2017", xAri.get("feh_sources"));
        assertEquals((-2.585 - 2.61 - 2.6550000000000002 - 2.535) / 4, (Double) xAri.get("feh"), 1e-9);
        for (String alias : LIT_ALIASES_OF_CHR) assertFalse(byName.containsKey(alias), alias);
        assertTrue(byName.containsKey("YZ_Cap") && byName.containsKey("V701_Pup"));
    }

    @Test
    void nonRrLyraeAreLeftOut() {
        Set<String> others = new HashSet<>();
        for (Map<String, String> r : litRaw) if (!r.get("type").startsWith("RR")) others.add(r.get("name"));
        assertEquals(Set.of("UY_Eri", "TW_Cap", "V716_Oph", "KIC-3868420", "BS_Aqr", "HR_Leo"), others);
        for (String name : others) assertFalse(byName.containsKey(name), name);
    }

    @Test
    void blazhkoFlagFromEitherLiteratureFile() {
        // UU_Cet is RRab in LIT_1 and RRab-BL in LIT_2
        assertEquals(true, byName.get("UU_Cet").get("blazhko"));
        assertEquals("RRab", byName.get("UU_Cet").get("rr_type"));
    }

    @Test
    void rowsAreTheSharedSpectroscopicStars() throws IOException {
        // one combination rule: the table is ml's SpectroscopicStars, RR Lyrae only, value for value
        List<SpectroscopicStar> stars = SpectroscopicStars.read(DemoData.dataDir()).stream()
                .filter(SpectroscopicStar::isRrLyrae).toList();
        assertEquals(stars.size(), rows.size());
        for (int i = 0; i < stars.size(); i++) {
            SpectroscopicStar s = stars.get(i);
            Map<String, Object> r = rows.get(i);
            assertEquals(s.name(), r.get("name"));
            assertEquals(s.feh(), (Double) r.get("feh"), 0.0, s.name());
            assertEquals(s.fehError(), (Double) r.get("feh_error"), 0.0, s.name());
            assertEquals(s.nSpectra(), r.get("n_spectra"), s.name());
            assertEquals(s.type(), r.get("rr_type"), s.name());
            assertEquals(s.blazhko(), r.get("blazhko"), s.name());
        }
    }
}
