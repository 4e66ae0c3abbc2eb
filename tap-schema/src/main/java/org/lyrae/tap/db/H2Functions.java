package org.lyrae.tap.db;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.lyrae.tap.geom.Shape;
import org.lyrae.tap.geom.Sphere;

/**
 * The ADQL geometry functions for H2, registered as Java function aliases by {@link H2Dialect}.
 * Shapes travel as {@code DOUBLE PRECISION ARRAY} in the encoding of {@link Shape}.
 */
public final class H2Functions {
    private H2Functions() {
    }

    /** Constant regions are decoded once per distinct value, not once per row. */
    private static final Map<java.util.List<Object>, Shape> CONSTANTS = new ConcurrentHashMap<>();

    static final String[][] ALIASES = {
        {"lyrae_point", "point"},
        {"lyrae_circle", "circle"},
        {"lyrae_polygon", "polygon"},
        {"lyrae_box", "box"},
        {"lyrae_contains", "contains"},
        {"lyrae_contains_point", "containsPoint"},
        {"lyrae_contains_point_circle", "containsPointCircle"},
        {"lyrae_intersects", "intersects"},
        {"lyrae_distance", "distance"},
        {"lyrae_distance_shapes", "distanceShapes"},
        {"lyrae_coord", "coord"},
        {"lyrae_area", "area"},
        {"lyrae_centroid", "centroid"},
    };

    public static Double[] point(Double ra, Double dec) {
        return ra == null || dec == null ? null : Shape.point(ra, dec).encode();
    }

    public static Double[] circle(Double ra, Double dec, Double r) {
        return ra == null || dec == null || r == null ? null : Shape.circle(ra, dec, r).encode();
    }

    public static Double[] box(Double ra, Double dec, Double w, Double h) {
        return ra == null || dec == null || w == null || h == null ? null : Shape.box(ra, dec, w, h).encode();
    }

    public static Double[] polygon(Double[] raDec) {
        if (raDec == null) return null;
        double[] v = new double[raDec.length];
        for (int i = 0; i < v.length; i++) {
            if (raDec[i] == null) return null;
            v[i] = ((Number) raDec[i]).doubleValue();
        }
        return Shape.polygon(v).encode();
    }

    private static Shape shape(Double[] encoded) {
        if (encoded == null) return null;
        if (encoded.length <= 4) return Shape.decode(encoded);
        // polygons: decoded once per distinct value; the cache is bounded because a polygon
        // built from columns differs on every row
        java.util.List<Object> key = java.util.List.of((Object[]) encoded);
        Shape s = CONSTANTS.get(key);
        if (s == null) {
            s = Shape.decode(encoded);
            if (CONSTANTS.size() > 1000) CONSTANTS.clear();
            CONSTANTS.put(key, s);
        }
        return s;
    }

    public static Integer contains(Double[] a, Double[] b) {
        Shape inner = shape(a), outer = shape(b);
        return inner == null || outer == null ? null : outer.contains(inner) ? 1 : 0;
    }

    /** CONTAINS(POINT(ra, dec), region) without building the point: the cone-search hot path. */
    public static Integer containsPoint(Double ra, Double dec, Double[] region) {
        Shape outer = shape(region);
        return ra == null || dec == null || outer == null ? null : outer.containsPoint(ra, dec) ? 1 : 0;
    }

    /**
     * CONTAINS(POINT(ra, dec), CIRCLE(cra, cdec, r)) on scalars, as {@link Shape#containsPoint}
     * decides it for a circle. Primitive parameters: H2 answers NULL for a NULL argument itself.
     */
    public static int containsPointCircle(double ra, double dec, double cra, double cdec, double r) {
        return Sphere.distance(ra, dec, cra, cdec) <= r ? 1 : 0;
    }

    public static Integer intersects(Double[] a, Double[] b) {
        Shape x = shape(a), y = shape(b);
        return x == null || y == null ? null : x.intersects(y) ? 1 : 0;
    }

    public static Double distance(Double ra1, Double dec1, Double ra2, Double dec2) {
        return ra1 == null || dec1 == null || ra2 == null || dec2 == null ? null : Sphere.distance(ra1, dec1, ra2, dec2);
    }

    public static Double distanceShapes(Double[] a, Double[] b) {
        Shape x = shape(a), y = shape(b);
        if (x == null || y == null) return null;
        return Sphere.distance(x.values[0], x.values[1], y.values[0], y.values[1]);
    }

    public static Double coord(Double[] p, Integer axis) {
        Shape s = shape(p);
        return s == null ? null : s.values[axis - 1];
    }

    public static Double area(Double[] r) {
        Shape s = shape(r);
        return s == null ? null : s.area();
    }

    public static Double[] centroid(Double[] r) {
        Shape s = shape(r);
        return s == null ? null : s.centroid().encode();
    }
}
