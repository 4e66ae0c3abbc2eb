package org.lyrae.tap.geom;

/** Spherical geometry on unit vectors; angles in and out are degrees. */
public final class Sphere {
    private Sphere() {
    }

    public static double[] vector(double raDeg, double decDeg) {
        double ra = Math.toRadians(raDeg), dec = Math.toRadians(decDeg);
        double c = Math.cos(dec);
        return new double[] {c * Math.cos(ra), c * Math.sin(ra), Math.sin(dec)};
    }

    /** Great-circle distance in degrees (haversine: accurate at small separations). */
    public static double distance(double ra1, double dec1, double ra2, double dec2) {
        double p1 = Math.toRadians(dec1), p2 = Math.toRadians(dec2);
        double dp = p2 - p1, dl = Math.toRadians(ra2 - ra1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] normalize(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }

    /** Angle in degrees between two unit vectors. */
    static double angle(double[] a, double[] b) {
        return Math.toDegrees(Math.atan2(Math.sqrt(dot(cross(a, b), cross(a, b))), dot(a, b)));
    }

    /** Angular distance in degrees from point p to the great-circle arc a-b. */
    static double distanceToArc(double[] p, double[] a, double[] b) {
        double[] n = cross(a, b);
        double nn = Math.sqrt(dot(n, n));
        if (nn == 0) return angle(p, a);
        n = new double[] {n[0] / nn, n[1] / nn, n[2] / nn};
        // the projection of p on the great circle lies on the arc when it is between a and b
        double[] q = cross(n, cross(p, n));
        double qn = Math.sqrt(dot(q, q));
        if (qn > 0) {
            q = new double[] {q[0] / qn, q[1] / qn, q[2] / qn};
            if (dot(cross(a, q), n) >= 0 && dot(cross(q, b), n) >= 0) {
                return Math.abs(90 - angle(p, n));
            }
        }
        return Math.min(angle(p, a), angle(p, b));
    }

    /** Whether the great-circle arcs a-b and c-d cross. */
    static boolean arcsCross(double[] a, double[] b, double[] c, double[] d) {
        double[] n1 = cross(a, b), n2 = cross(c, d);
        double[] x = cross(n1, n2);
        double xn = Math.sqrt(dot(x, x));
        if (xn == 0) return false;
        x = new double[] {x[0] / xn, x[1] / xn, x[2] / xn};
        for (double[] cand : new double[][] {x, {-x[0], -x[1], -x[2]}}) {
            if (onArc(cand, a, b, n1) && onArc(cand, c, d, n2)) return true;
        }
        return false;
    }

    private static boolean onArc(double[] x, double[] a, double[] b, double[] n) {
        return dot(cross(a, x), n) >= 0 && dot(cross(x, b), n) >= 0;
    }
}
