package org.lyrae.ml.lc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;

/** The headerless survey files of the shared data: ASAS, CRTS, and the folded Gaia G curves. */
class SurveyFormatsTest {

    /** CHR rows with an ASAS curve: use_id → {Nep, meanmag} (first row per star). */
    static Map<String, double[]> chrAsasStars() throws IOException {
        Path chr = SharedData.dataDir().resolve("spectroscopic/CHR_X_phot_single.dat");
        List<String> lines = Files.readAllLines(chr);
        List<String> header = List.of(lines.get(0).substring(1).strip().split("\\s+"));
        int use = header.indexOf("use");
        int useId = header.indexOf("use_id");
        int nep = header.indexOf("Nep");
        int meanmag = header.indexOf("meanmag");
        Map<String, double[]> stars = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split("\\s+");
            if (f.length == header.size() && f[use].equals("asas") && f[nep].matches("[0-9.]+")
                    && f[meanmag].matches("[0-9.]+")) {
                stars.putIfAbsent(f[useId], new double[] {Double.parseDouble(f[nep]), Double.parseDouble(f[meanmag])});
            }
        }
        return stars;
    }

    @Test
    void asasCurvesOfChrStars() throws Exception {
        Map<String, Path> files = new HashMap<>();
        for (Path p : SharedData.extract("spectroscopic/asas_photometry.tar.gz")) {
            files.put(p.getFileName().toString().replace(".lc", ""), p);
        }
        assertEquals(2187, files.size());
        Map<String, double[]> chr = chrAsasStars();
        assertTrue(chr.size() > 50, "CHR stars with ASAS curves: " + chr.size());
        int checked = 0;
        for (Map.Entry<String, double[]> star : chr.entrySet()) {
            if (checked++ >= 12) break;
            Path file = files.get(star.getKey());
            assertTrue(file != null, "no ASAS file for CHR use_id " + star.getKey());
            ReadResult r = LightCurveReaders.standard().read(file);
            assertEquals(AsasFormat.NAME, r.format());
            assertEquals(AsasFormat.TIME_SYSTEM, r.timeSystem());
            LightCurve c = r.single();
            assertEquals(star.getKey(), c.id(), "the ASAS id, as CHR's use_id");
            assertEquals("I", c.band());
            List<String> lines = SharedData.dataLines(file);
            Set<Double> distinct = new HashSet<>();
            for (String l : lines) distinct.add(Double.parseDouble(l.strip().split("\\s+")[0]));
            assertEquals(distinct.size(), c.size(), star.getKey() + ": one epoch per distinct HJD");
            assertEquals(lines.size() - distinct.size(), c.dropped().getOrDefault("duplicate", 0));
            assertTrue(c.size() >= star.getValue()[0], star.getKey() + ": at least CHR's Nep " + star.getValue()[0]);
            double mean = 0;
            for (int i = 0; i < c.size(); i++) {
                mean += c.mag()[i] / c.size();
                assertTrue(c.time()[i] > 1800 && c.time()[i] < 5200, "HJD - 2450000: " + c.time()[i]);
                assertTrue(c.magErr()[i] > 0 && c.magErr()[i] < 1);
                if (i > 0) assertTrue(c.time()[i] > c.time()[i - 1]);
            }
            assertEquals(star.getValue()[1], mean, 0.25, star.getKey() + ": mean V near CHR's meanmag (the right file)");
        }
    }

    @Test
    void asasFileOfSeveralSeriesIsMergedAndItsRepeatsAreDropped() throws Exception {
        Path file = null;
        for (Path p : SharedData.extract("spectroscopic/asas_photometry.tar.gz")) {
            if (p.getFileName().toString().equals("003543-2141.0.lc")) file = p;
        }
        ReadResult r = LightCurveReaders.standard().read(file);
        LightCurve c = r.single();
        assertEquals(155, SharedData.dataLines(file).size());
        assertEquals(151, c.size());
        assertEquals(Map.of("duplicate", 4), c.dropped());
        // lines 56 and 142 are the same instant (HJD 3569.8301): 13.718 ± 0.1502 stays, 13.877 ± 0.1649 (larger error) goes
        int i = java.util.Arrays.binarySearch(c.time(), 3569.8301);
        assertTrue(i >= 0);
        assertEquals(13.718, c.mag()[i], 0.0);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("003543-2141.0.lc") && r.warnings().get(0).contains("lines 56 and 142"),
                r.warnings().get(0));
    }

    @Test
    void crtsCurves() throws Exception {
        List<Path> files = SharedData.extract("neurraly/crts_x_sdss_lightcurves.tar.gz");
        assertEquals(267, files.size());
        Set<String> ids = new HashSet<>();
        int duplicates = 0;
        for (Path file : files) {
            ReadResult r = LightCurveReaders.standard().read(file);
            assertEquals(CrtsFormat.NAME, r.format(), file.toString());
            assertEquals("MJD [d]", r.timeSystem());
            LightCurve c = r.single();
            String name = file.getFileName().toString();
            assertEquals(name.substring(0, name.indexOf('_', 4)), c.id());
            assertTrue(c.id().matches("CSS_J\\d{6}\\.\\d[+-]\\d{6}"), c.id());
            assertTrue(ids.add(c.id()));
            assertEquals("V", c.band());
            // independently: one epoch per distinct MJD; a repeated MJD keeps its smallest error
            Map<Double, double[]> best = new TreeMap<>();
            List<String> lines = SharedData.dataLines(file);
            for (String l : lines) {
                String[] f = l.strip().split("\\s+");
                double[] v = {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                best.merge(Double.parseDouble(f[0]), v, (a, b) -> b[1] < a[1] ? b : a);
            }
            assertEquals(best.size(), c.size(), name);
            assertEquals(lines.size() - best.size(), c.dropped().getOrDefault("duplicate", 0), name);
            duplicates += lines.size() - best.size();
            int i = 0;
            for (Map.Entry<Double, double[]> e : best.entrySet()) {
                assertEquals(e.getKey(), c.time()[i], 0.0);
                assertEquals(e.getValue()[0], c.mag()[i], 0.0, name + " at MJD " + e.getKey());
                assertEquals(e.getValue()[1], c.magErr()[i], 0.0);
                assertTrue(c.time()[i] > 53000 && c.time()[i] < 57500, "MJD: " + c.time()[i]);
                i++;
            }
        }
        assertEquals(146, duplicates, "the repeated MJDs of the 267 files, counted with a script");
    }

    @Test
    void foldedGaiaGCurves() throws Exception {
        List<Path> files = SharedData.extract("gaia_g_folded/lc_dev_g.tar.gz");
        assertEquals(13_323, files.size());
        Set<String> labelled = new HashSet<>();
        for (String l : Files.readAllLines(SharedData.dataDir().resolve("gaia_g_folded/labels_photometric_feh.csv"))) {
            labelled.add(l.split(",")[0]);
        }
        ReadOptions g = ReadOptions.defaults().withBand("G");
        int withLabel = 0;
        int copies = 0;
        for (Path file : files) {
            ReadResult r = LightCurveReaders.standard().read(file, g);
            assertEquals(FoldedPhaseFormat.NAME, r.format());
            LightCurve c = r.single();
            String stem = file.getFileName().toString().replace("_bin.dat", "");
            assertEquals(stem, c.id(), "the DR2 source_id, without _bin");
            assertEquals("G", c.band());
            assertEquals(1.0, c.period(), "phases: period 1");
            assertNull(c.magErr());
            if (labelled.contains(c.id())) withLabel++;
            List<String> lines = SharedData.dataLines(file);
            int inCycle = 0;
            Set<List<Double>> distinct = new HashSet<>();
            for (String l : lines) {
                String[] f = l.strip().split("\\s+");
                double phase = Double.parseDouble(f[0]);
                if (phase < 1) {
                    inCycle++;
                    distinct.add(List.of(phase, Double.parseDouble(f[1])));
                }
            }
            assertEquals(distinct.size(), c.size(), file.toString());
            assertEquals(lines.size() - inCycle, c.dropped().getOrDefault("phase-copy", 0), file.toString());
            assertEquals(inCycle - distinct.size(), c.dropped().getOrDefault("duplicate", 0), "repeated lines");
            copies += lines.size() - inCycle;
            assertTrue(c.size() >= 10, file.toString());
            for (int i = 0; i < c.size(); i++) {
                assertTrue(c.time()[i] >= 0 && c.time()[i] < 1);
                if (i > 0) assertTrue(c.time()[i] >= c.time()[i - 1]);
            }
        }
        assertTrue(copies > files.size() * 5, "the padding [1, 1.2) is dropped: " + copies);
        assertTrue(withLabel > 3000, "ids join the labels file: " + withLabel + " of " + labelled.size() + " labels");
    }
}
