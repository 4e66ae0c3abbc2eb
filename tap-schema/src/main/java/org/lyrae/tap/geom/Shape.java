package org.lyrae.tap.geom;

import java.util.Arrays;

/**
 * A point, circle or polygon on the celestial sphere (ICRS degrees), encoded for the database
 * as a flat array {@code [kind, values...]}: {@code [1, ra, dec]}, {@code [2, ra, dec, radius]},
 * {@code [3, ra1, dec1, ra2, dec2, ...]}. Polygon edges are great circles, as in DALI.
 */
public final class Shape {
    public static final int POINT = 1, CIRCLE = 2, POLYGON = 3;

    public final int kind;
    /** For a point and a circle: ra, dec (and radius); for a polygon: the vertices. */
    public final double[] values;
    private double[][] vertexVectors;

    private Shape(int kind, double[] values) {
        this.kind = kind;
        this.values = values;
    }

    public static Shape point(double ra, double dec) {
        return new Shape(POINT, new double[] {ra, dec});
    }

    public static Shape circle(double ra, double dec, double radius) {
        return new Shape(CIRCLE, new double[] {ra, dec, radius});
    }

    public static Shape polygon(double... raDec) {
        if (raDec.length < 6 || raDec.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices");
        }
        return new Shape(POLYGON, raDec.clone());
    }

    /**
     * An ADQL BOX (centre, full width and height, degrees) as the polygon of its corners. As in
     * STC, which ADQL refers to, the sides are great circles that cross the arms of a cross
     * centred on the centre (half the width and height long, along the coordinate axes there) at
     * right angles: the box is the rectangle |x| &lt;= tan(width/2), |y| &lt;= tan(height/2) of
     * the gnomonic projection at the centre. PgSphereDialectTranslator writes the same corners.
     */
    public static Shape box(double ra, double dec, double width, double height) {
        double x = Math.tan(Math.toRadians(width) / 2), y = Math.tan(Math.toRadians(height) / 2);
        double a = Math.toRadians(ra), d = Math.toRadians(dec);
        double[] v = new double[8];
        int[][] corners = {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}};
        for (int i = 0; i < 4; i++) {
            double sx = corners[i][0] * x, sy = corners[i][1] * y;
            double den = Math.cos(d) - sy * Math.sin(d);
            v[2 * i] = Math.toDegrees(a + Math.atan2(sx, den));
            v[2 * i + 1] = Math.toDegrees(Math.atan2(Math.sin(d) + sy * Math.cos(d), Math.sqrt(sx * sx + den * den)));
        }
        return polygon(v);
    }

    public static Shape decode(Object[] encoded) {
        if (encoded == null) return null;
        double[] v = new double[encoded.length - 1];
        for (int i = 1; i < encoded.length; i++) v[i - 1] = ((Number) encoded[i]).doubleValue();
        return new Shape(((Number) encoded[0]).intValue(), v);
    }

    public Double[] encode() {
        Double[] out = new Double[values.length + 1];
        out[0] = (double) kind;
        for (int i = 0; i < values.length; i++) out[i + 1] = values[i];
        return out;
    }

    /** The DALI value of this shape: point [ra,dec], circle [ra,dec,r], polygon [ra1,dec1,...]. */
    public double[] daliValue() {
        return values.clone();
    }

    public String daliXtype() {
        return kind == POINT ? "point" : kind == CIRCLE ? "circle" : "polygon";
    }

    private double[][] vertices() {
        if (vertexVectors == null) {
            int n = values.length / 2;
            double[][] vs = new double[n][];
            for (int i = 0; i < n; i++) vs[i] = Sphere.vector(values[2 * i], values[2 * i + 1]);
            vertexVectors = vs;
        }
        return vertexVectors;
    }

    private double[] centre() {
        return Sphere.vector(values[0], values[1]);
    }

    /** Whether the point (ra, dec) lies in this shape. */
    public boolean containsPoint(double ra, double dec) {
        switch (kind) {
            case POINT: return Sphere.distance(ra, dec, values[0], values[1]) < 1e-9;
            case CIRCLE: return Sphere.distance(ra, dec, values[0], values[1]) <= values[2];
            default: return polygonContains(Sphere.vector(ra, dec));
        }
    }

    /**
     * Winding test seen from p: valid for polygons smaller than a hemisphere. The winding alone
     * cannot tell a polygon from its complement, so points in the far hemisphere are outside.
     */
    private boolean polygonContains(double[] p) {
        double[][] vs = vertices();
        double[] mean = new double[3];
        for (double[] v : vs) for (int k = 0; k < 3; k++) mean[k] += v[k];
        if (Sphere.dot(mean, p) <= 0) return false;
        double total = 0;
        for (int i = 0; i < vs.length; i++) {
            double[] a = vs[i], b = vs[(i + 1) % vs.length];
            double[] ca = Sphere.cross(p, a), cb = Sphere.cross(p, b);
            double sin = Sphere.dot(Sphere.cross(ca, cb), p), cos = Sphere.dot(ca, cb);
            total += Math.atan2(sin, cos);
        }
        return Math.abs(total) > Math.PI;
    }

    public boolean contains(Shape other) {
        if (other.kind == POINT) return containsPoint(other.values[0], other.values[1]);
        if (kind == POINT) return false;
        if (other.kind == CIRCLE) {
            double[] c = other.centre();
            if (kind == CIRCLE) {
                return Sphere.distance(values[0], values[1], other.values[0], other.values[1]) + other.values[2] <= values[2];
            }
            return polygonContains(c) && minEdgeDistance(c) >= other.values[2];
        }
        for (int i = 0; i < other.values.length; i += 2) {
            if (!containsPoint(other.values[i], other.values[i + 1])) return false;
        }
        return kind == CIRCLE || !edgesCross(other);
    }

    public boolean intersects(Shape other) {
        if (kind == POINT) return other.containsPoint(values[0], values[1]);
        if (other.kind == POINT) return containsPoint(other.values[0], other.values[1]);
        if (kind == CIRCLE && other.kind == CIRCLE) {
            return Sphere.distance(values[0], values[1], other.values[0], other.values[1]) <= values[2] + other.values[2];
        }
        if (kind == CIRCLE) return other.intersects(this);
        // this is a polygon
        if (other.kind == CIRCLE) {
            double[] c = other.centre();
            return polygonContains(c) || minEdgeDistance(c) <= other.values[2];
        }
        return contains(Shape.point(other.values[0], other.values[1]))
                || other.containsPoint(values[0], values[1]) || edgesCross(other);
    }

    private double minEdgeDistance(double[] p) {
        double[][] vs = vertices();
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < vs.length; i++) min = Math.min(min, Sphere.distanceToArc(p, vs[i], vs[(i + 1) % vs.length]));
        return min;
    }

    private boolean edgesCross(Shape other) {
        double[][] a = vertices(), b = other.vertices();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (Sphere.arcsCross(a[i], a[(i + 1) % a.length], b[j], b[(j + 1) % b.length])) return true;
            }
        }
        return false;
    }

    /** Area in square degrees. */
    public double area() {
        switch (kind) {
            case POINT: return 0;
            case CIRCLE: return 2 * Math.PI * (1 - Math.cos(Math.toRadians(values[2]))) * Math.pow(180 / Math.PI, 2);
            default: {
                // spherical excess from the triangle fan at vertex 0 (Van Oosterom & Strackee)
                double[][] vs = vertices();
                double excess = 0;
                for (int i = 1; i + 1 < vs.length; i++) {
                    double[] a = vs[0], b = vs[i], c = vs[i + 1];
                    double num = Sphere.dot(a, Sphere.cross(b, c));
                    double den = 1 + Sphere.dot(a, b) + Sphere.dot(b, c) + Sphere.dot(c, a);
                    excess += 2 * Math.atan2(num, den);
                }
                return Math.abs(excess) * Math.pow(180 / Math.PI, 2);
            }
        }
    }

    public Shape centroid() {
        if (kind != POLYGON) return point(values[0], values[1]);
        double[] s = new double[3];
        for (double[] v : vertices()) for (int k = 0; k < 3; k++) s[k] += v[k];
        s = Sphere.normalize(s);
        double ra = Math.toDegrees(Math.atan2(s[1], s[0]));
        return point(ra < 0 ? ra + 360 : ra, Math.toDegrees(Math.asin(s[2])));
    }

    @Override
    public String toString() {
        return daliXtype() + Arrays.toString(values);
    }
}
