package org.lyrae.ml.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.lc.TarGz;
import org.lyrae.ml.testdata.SharedData;

/** The shared-data inputs read as the catalogue reads them. */
class InputSourcesTest {

    private static List<CatalogueStar> all(CatalogueSource s) throws IOException {
        List<CatalogueStar> out = new ArrayList<>();
        try (CatalogueSource.Stream st = s.open(CatalogueProgress.NONE)) {
            for (List<CatalogueStar> c = st.next(100); !c.isEmpty(); c = st.next(100)) out.addAll(c);
        }
        return out;
    }

    @Test
    void lcfitParametersWithIntensityMeansFromTheSmoothedCurves() throws IOException {
        Path dir = SharedData.dataDir().resolve("gaia_g_fourier");
        List<CatalogueStar> stars = all(new LcfitParameters(dir.resolve("rrab_g_X_rv_gpr_param.dat"), dir.resolve("synlc_g.tar.gz")));
        assertEquals(869, stars.size());                      // 868 stars, one of them on two lines
        Set<Long> ids = new HashSet<>();
        int withIntensityMean = 0;
        for (CatalogueStar s : stars) {
            ids.add(s.sourceId);
            assertEquals("RRab", s.type);
            assertTrue(s.phi21Sine >= 0 && s.phi21Sine < 2 * Math.PI);
            assertTrue(s.phi31Sine >= 0 && s.phi31Sine < 2 * Math.PI);
            assertEquals(s.amplitude[1] / s.amplitude[0], s.r21, 1e-12);
            if (Double.isFinite(s.intensityMeanMag)) {
                withIntensityMean++;
                // the intensity mean is brighter than the magnitude mean, by up to about a tenth of a magnitude
                double dm = s.intensityMeanMag - s.meanMag;
                assertTrue(dm < 0 && dm > -0.15, s.sourceId + ": " + dm);
            }
        }
        assertEquals(868, ids.size());
        assertEquals(869, withIntensityMean);
        // first row of the file: 4484858348599494912, P = 0.453917, phi21 = 8.7771 (unwrapped by lcfit), phi31 = 5.0978
        CatalogueStar first = stars.get(0);
        assertEquals(4484858348599494912L, first.sourceId);
        assertEquals(0.453917, first.period, 0);
        assertEquals(8.7771 - 2 * Math.PI, first.phi21Sine, 1e-12);
        assertEquals(5.0978, first.phi31Sine, 1e-12);
        assertEquals(12.21, first.meanMag, 0);
        assertEquals(0.72, first.peakToPeak, 0);
    }

    @Test
    void intensityMeanOfAPureSinusoid() {
        // m = A sin(2 pi phase): <10^(-0.4 m)> = I0(0.4 ln10 A), so the offset is -2.5 log10 I0(0.921 A)
        StringBuilder curve = new StringBuilder();
        double a = 0.5;
        for (int k = 0; k < 120; k++) {
            curve.append(String.format(java.util.Locale.ROOT, "%.4f %.6f%n", k / 100.0, a * Math.sin(2 * Math.PI * k / 100.0)));
        }
        double x = 0.4 * Math.log(10) * a;
        double i0 = 0;
        double term = 1;
        for (int k = 1; k < 30; k++) {
            i0 += term;
            term *= (x / 2) * (x / 2) / (k * k);
        }
        assertEquals(-2.5 * Math.log10(i0), LcfitParameters.intensityOffset(curve.toString()), 1e-7);   // 6-decimal curve
    }

    @Test
    void rawDr3CurvesAreFittedWithTheirPeriods() throws IOException {
        List<CatalogueStar> stars = all(CurveSources.dr3EpochCurves(SharedData.dataDir().resolve("gaia_dr3_epoch"), 2));
        assertEquals(59, stars.size());
        for (CatalogueStar s : stars) {
            assertTrue(s.period > 0.2 && s.period < 1.2, s.sourceId + " " + s.period);
            assertTrue(s.periodError > 0);
            assertTrue(s.type == null);
            assertTrue(Double.isFinite(s.intensityMeanMag));
        }
    }

    @Test
    void synthesisedTarballsAreRead() throws IOException {
        // a GNU tar with a long member name and a directory entry, written with the tar of this machine
        Path dir = java.nio.file.Files.createTempDirectory("lyrae-targz");
        Path sub = java.nio.file.Files.createDirectories(dir.resolve("d"));
        String longName = "x".repeat(120) + "_bin.dat";
        java.nio.file.Files.writeString(sub.resolve(longName), "0.1 15.0\n0.2 15.1\n");
        java.nio.file.Files.writeString(sub.resolve("short.txt"), "hello");
        Path tgz = dir.resolve("t.tar.gz");
        try {
            Process p = new ProcessBuilder("tar", "czf", tgz.toString(), "-C", dir.toString(), "d").start();
            assertEquals(0, p.waitFor());
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        TarGz.read(tgz, (name, content) -> {
            names.add(name);
            sizes.add(content.length);
        });
        assertEquals(2, names.size(), names.toString());
        assertTrue(names.contains("d/" + longName), names.toString());
        assertEquals(Map.of("short.txt", 5), Map.of(TarGz.baseName(names.get(names.indexOf("d/short.txt"))), sizes.get(names.indexOf("d/short.txt"))));
    }
}
