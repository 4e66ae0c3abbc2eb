package org.lyrae.ml.feh;

import org.lyrae.ml.calib.GaiaLcfitParameters;
import org.lyrae.ml.calib.SpectroscopicStars;
import org.lyrae.ml.calib.WhitespaceTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;

/** The phase windows: our [0, 2π) phases move onto lcfit's branches; the files' own values stay put. */
class PhaseWindowsTest {

    @Test
    void windows() {
        assertEquals(2.6 + 2 * Math.PI, PhaseWindows.phi21(2.6), 1e-12);
        assertEquals(5.2, PhaseWindows.phi31(5.2), 1e-12);
        assertEquals(0.3 + 2 * Math.PI, PhaseWindows.phi31(0.3), 1e-12, "an RRc phi31 just past 2π");
        assertEquals(5.2, PhaseWindows.phi31(5.2 + 4 * Math.PI), 1e-12);
        assertTrue(Double.isNaN(PhaseWindows.phi31(Double.NaN)));
        for (double x = -20; x < 20; x += 0.37) {
            double w21 = PhaseWindows.phi21(x), w31 = PhaseWindows.phi31(x);
            assertTrue(w21 >= 2 * Math.PI && w21 < 4 * Math.PI && w31 >= Math.PI && w31 < 3 * Math.PI);
        }
    }

    @Test
    void lcfitFileValuesKeepTheirNumbers() throws IOException {
        Path data = SharedData.dataDir();
        List<Map<String, String>> rows = new ArrayList<>(WhitespaceTable.read(data.resolve(SpectroscopicStars.CHR_FILE)));
        for (String f : SpectroscopicStars.LIT_FILES) rows.addAll(WhitespaceTable.read(data.resolve(f)));
        rows.addAll(WhitespaceTable.read(data.resolve(GaiaLcfitParameters.FILE)));
        int checked = 0;
        List<String> moved = new ArrayList<>();
        for (Map<String, String> r : rows) {
            double phi21 = WhitespaceTable.number(r, "phi21"), phi31 = WhitespaceTable.number(r, "phi31");
            if (Double.isNaN(phi31)) continue;
            checked++;
            assertEquals(phi31, PhaseWindows.phi31(phi31), 1e-12);
            if (Math.abs(PhaseWindows.phi21(phi21) - phi21) > 1e-12) moved.add(r.get("name") + " " + phi21);
        }
        assertTrue(checked > 1000, "rows checked: " + checked);
        assertEquals(List.of("V701_Pup 12.6217"), moved.stream().distinct().toList());
    }
}
