package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/**
 * Which band the CHR/LIT light-curve parameters are in: their mean magnitude and total amplitude
 * against the Monson+2017 mean magnitudes and amplitudes of the same stars in V and I
 * ({@code neurraly/gloess/gloess_cat.fit}). Every fit, Monson- or ASAS-based, is closer to I than to V
 * in both mean magnitude and amplitude; 30 of 33 match I within a few hundredths while missing V by
 * 0.3–0.7 mag (AP_Ser, and the Blazhko stars SV_Hya and RV_UMa, differ from Monson's I by 0.03–0.27
 * mag in mean or amplitude, still closer to I than to V): the files are I band.
 */
class GroundPhotometryBandTest {

    @Test
    void chrAndLitLightCurvesAreIBand() throws IOException {
        StarTable cat = new StarTableFactory().makeStarTable(SharedData.dataDir().resolve("neurraly/gloess/gloess_cat.fit").toString());
        int name = column(cat, "Name"), v = column(cat, "Vmag"), i = column(cat, "Imag");
        int vAmp = column(cat, "Vamp"), iAmp = column(cat, "Iamp");
        Map<String, double[]> monson = new HashMap<>();
        for (long r = 0; r < cat.getRowCount(); r++) {
            Object[] row = cat.getRow(r);
            monson.put(key(row[name].toString()), new double[] {num(row[v]), num(row[vAmp]), num(row[i]), num(row[iAmp])});
        }
        List<String> lines = new ArrayList<>();
        int compared = 0, iMatches = 0;
        for (SpectroscopicStar s : SpectroscopicStars.read(SharedData.dataDir())) {
            for (GroundPhotometry p : s.photometry()) {
                double[] m = monson.get(key(s.name()));
                if (m == null || p.survey().equals("kbs")) continue; // kbs magnitudes are differential
                compared++;
                boolean matchesI = Math.abs(p.meanMagnitude() - m[2]) < 0.05 && Math.abs(p.totalAmplitude() - m[3]) < 0.08;
                iMatches += matchesI ? 1 : 0;
                assertTrue(Math.abs(p.meanMagnitude() - m[2]) < Math.abs(p.meanMagnitude() - m[0])
                        && Math.abs(p.totalAmplitude() - m[3]) < Math.abs(p.totalAmplitude() - m[1]), s.name() + " closer to V than I");
                lines.add(String.format(Locale.ROOT, "%s(%s) mean %.3f amp %.3f | I %.3f %.3f | V %.3f %.3f", s.name(),
                        p.survey(), p.meanMagnitude(), p.totalAmplitude(), m[2], m[3], m[0], m[1]));
            }
        }
        System.out.println("CHR/LIT light-curve parameters vs Monson+2017 I and V: " + iMatches + "/" + compared
                + " match I\n  " + String.join("\n  ", lines));
        assertTrue(compared >= 20, "compared " + compared);
        assertTrue(iMatches >= 0.85 * compared, iMatches + "/" + compared);
        assertEquals("I", GroundPhotometry.BAND);
    }

    private static int column(StarTable t, String contains) {
        for (int c = 0; c < t.getColumnCount(); c++) {
            if (t.getColumnInfo(c).getName().contains(contains)) return c;
        }
        throw new AssertionError("no column like " + contains);
    }

    private static double num(Object o) {
        assertNotNull(o);
        return ((Number) o).doubleValue();
    }

    /** "V0440 Sgr", "V440_Sgr" → "V440SGR". */
    private static String key(String name) {
        return name.replace("\0", "").replaceAll("[\\s_]", "").toUpperCase(Locale.ROOT).replaceAll("^V0+(\\d)", "V$1");
    }
}
