package org.lyrae.tap.query;

import adql.db.region.Region;

/** Vollt regions as DALI arrays: point [ra, dec], circle [ra, dec, r], polygon [ra1, dec1, ...]. */
final class DaliGeometry {
    private DaliGeometry() {
    }

    static double[] values(Region r) {
        switch (r.type) {
            case POSITION: return new double[] {r.coordinates[0][0], r.coordinates[0][1]};
            case CIRCLE: return new double[] {r.coordinates[0][0], r.coordinates[0][1], r.radius};
            case BOX: {
                double ra = r.coordinates[0][0], dec = r.coordinates[0][1], w = r.width / 2, h = r.height / 2;
                return new double[] {ra - w, dec - h, ra - w, dec + h, ra + w, dec + h, ra + w, dec - h};
            }
            default: {
                double[] out = new double[r.coordinates.length * 2];
                for (int i = 0; i < r.coordinates.length; i++) {
                    out[2 * i] = r.coordinates[i][0];
                    out[2 * i + 1] = r.coordinates[i][1];
                }
                return out;
            }
        }
    }
}
