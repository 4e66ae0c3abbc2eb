package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;

/** The spectroscopic stars read from CHR/LIT, against values typed in from the files. */
class SpectroscopicStarsTest {

    private static final double EPS = 1e-12;
    private static List<SpectroscopicStar> stars;
    private static Map<String, SpectroscopicStar> byName;

    @BeforeAll
    static void read() throws IOException {
        stars = SpectroscopicStars.read(SharedData.dataDir());
        byName = stars.stream().collect(Collectors.toMap(SpectroscopicStar::name, Function.identity()));
    }

    @Test
    void countsAndIdentity() {
        assertEquals(stars.size(), byName.size(), "names are unique");
        assertEquals(111, stars.stream().filter(s -> s.catalogue().equals("CHR")).count(), "README: 111 CHR stars");
        assertEquals(186, stars.stream().filter(SpectroscopicStar::isRrLyrae).count(), "as lyrae.calibrators");
        assertEquals(Set.of("UY_Eri", "TW_Cap", "V716_Oph", "KIC-3868420", "BS_Aqr", "HR_Leo"),
                stars.stream().filter(s -> !s.isRrLyrae()).map(SpectroscopicStar::name).collect(Collectors.toSet()));
        for (SpectroscopicStar s : stars) {
            assertEquals(s.catalogue().equals("CHR"), s.gaiaId() != null, s.name());
            assertFalse(s.type().endsWith("-BL"), "the Blazhko mark is a flag, not part of the type");
            assertTrue(s.nSpectra() >= 1 && s.nSpectraKept() <= s.nSpectra() && s.fehError() > 0, s.name());
        }
    }

    @Test
    void aaAqlAsTypedFromTheFile() {
        SpectroscopicStar s = byName.get("AA_Aql");
        assertEquals(4224859720193721856L, s.gaiaId());
        assertEquals("RRab", s.type());
        assertFalse(s.blazhko());
        double w1 = 1 / (0.1 * 0.1), w2 = 1 / (0.056 * 0.056);
        assertEquals((w1 * -0.48849987983703613 + w2 * -0.3410000801086426) / (w1 + w2), s.feh(), EPS);
        assertEquals(0.078, s.fehError(), EPS);
        assertEquals(List.of("Crestani+2021"), s.sources());
        assertEquals(1, s.photometry().size());
        GroundPhotometry p = s.photometry().get(0);
        assertEquals("asas", p.survey());
        assertEquals("203815-0253.5", p.curveId());
        assertEquals(0.361788, p.period(), EPS);
        assertEquals(0.932, p.totalAmplitude(), EPS);
        assertEquals(0.265, p.a1().value(), EPS);
        assertEquals(0.005, p.a1().error(), EPS);
        assertEquals(8.8654, p.phi21().value(), EPS);
        assertEquals(5.499, p.phi31().value(), EPS);
        assertEquals(0.075, p.phi31().error(), EPS);
        assertEquals(332.8, p.signalToNoise(), EPS);
        assertEquals(151, p.points());
        assertEquals(8, p.order());
    }

    @Test
    void repeatedRowsAndSeveralFits() {
        // BO_Gru: 12 rows = 6 Sneden2017 spectra x 2 lcfit solutions of one ASAS curve
        SpectroscopicStar bo = byName.get("BO_Gru");
        assertEquals(6, bo.nSpectra());
        assertEquals(2, bo.photometry().size());
        assertEquals(Set.of("230659-4354.6"), bo.photometry().stream().map(GroundPhotometry::curveId).collect(Collectors.toSet()));
        assertTrue(bo.blazhko());
        assertEquals("RRc", bo.type());
        // CD_Vel: 17 spectra, the compilation sets one aside (keep = 0); the rule uses all
        assertEquals(17, byName.get("CD_Vel").nSpectra());
        assertEquals(16, byName.get("CD_Vel").nSpectraKept());
        // LIT star with no light curve
        assertTrue(byName.get("NR_Lyr").photometry().isEmpty());
        assertTrue(Double.isNaN(byName.get("NR_Lyr").period()));
        assertNull(byName.get("NR_Lyr").gaiaId());
    }

    @Test
    void starsInBothSetsComeFromChr() {
        SpectroscopicStar xAri = byName.get("X_Ari");
        assertEquals("CHR", xAri.catalogue());
        assertEquals(List.of("Chadid+2017"), xAri.sources());
        assertFalse(byName.containsKey("ASAS-J230659-4354.6"), "BO_Gru's LIT alias");
        assertTrue(byName.get("UU_Cet").blazhko(), "RRab-BL in LIT_2 only");
    }
}
