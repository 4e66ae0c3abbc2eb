package org.lyrae.ml.calib;

/** Angular separations for the cross-matches of the calibration data (arcsecond scales). */
final class Sky {

    private Sky() {
    }

    /** Separation in arcsec of two ICRS positions in degrees (haversine: well conditioned at small angles). */
    static double separationArcsec(double ra1, double dec1, double ra2, double dec2) {
        double d1 = Math.toRadians(dec1), d2 = Math.toRadians(dec2);
        double dra = Math.toRadians(ra2 - ra1);
        double h = Math.pow(Math.sin((d2 - d1) / 2), 2) + Math.cos(d1) * Math.cos(d2) * Math.pow(Math.sin(dra / 2), 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h)))) * 3600;
    }
}
