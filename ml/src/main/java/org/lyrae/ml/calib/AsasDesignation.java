package org.lyrae.ml.calib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The position coded in an ASAS designation {@code HHMMSS±DDMM.m} (e.g. {@code 203815-0253.5}):
 * lets us check that a light curve linked to a star by {@code use_id} really is that star (the CHR
 * file links BN_Aqr to BO_Gru's curve). The designation truncates RA to 1 s and Dec to 0.1′.
 */
final class AsasDesignation {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([+-])(\\d{2})(\\d{2}\\.\\d)");

    private AsasDesignation() {
    }

    /** {ra, dec} in degrees, or null when {@code id} is not an ASAS designation. */
    static double[] position(String id) {
        if (id == null) return null;
        Matcher m = FORMAT.matcher(id.trim());
        if (!m.matches()) return null;
        double ra = 15 * (Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0 + Integer.parseInt(m.group(3)) / 3600.0);
        double dec = Integer.parseInt(m.group(5)) + Double.parseDouble(m.group(6)) / 60.0;
        return new double[] {ra, m.group(4).equals("-") ? -dec : dec};
    }
}
