package org.lyrae.ml.calib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.testdata.SharedData;

/** ASAS designations decode to positions; the one curve linked to the wrong star is found. */
class AsasDesignationTest {

    @Test
    void decodes() {
        double[] p = AsasDesignation.position("203815-0253.5");
        assertEquals(15 * (20 + 38 / 60.0 + 15 / 3600.0), p[0], 1e-9);
        assertEquals(-(2 + 53.5 / 60), p[1], 1e-9);
        assertEquals(44 + 54.6 / 60, AsasDesignation.position("230659+4454.6")[1], 1e-9);
        assertNull(AsasDesignation.position("AEBoo"));
        assertNull(AsasDesignation.position("d01338"));
        assertNull(AsasDesignation.position(null));
    }

    @Test
    void onlyBnAqrIsLinkedToAnotherStarsCurve() throws IOException {
        List<String> far = new ArrayList<>();
        int checked = 0;
        for (SpectroscopicStar s : SpectroscopicStars.read(SharedData.dataDir())) {
            for (GroundPhotometry g : s.photometry()) {
                double[] p = AsasDesignation.position(g.curveId());
                if (!"asas".equals(g.survey()) || p == null) continue;
                checked++;
                double sep = Sky.separationArcsec(s.ra(), s.dec(), p[0], p[1]);
                if (sep > 60) far.add(s.name());
                else assertTrue(sep < 30, s.name() + " " + sep);
            }
        }
        assertTrue(checked > 60, "ASAS fits checked: " + checked);
        assertEquals(List.of("BN_Aqr"), far.stream().distinct().toList());
    }
}
