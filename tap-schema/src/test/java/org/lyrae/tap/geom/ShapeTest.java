package org.lyrae.tap.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void distancesOnTheSphere() {
        assertEquals(1.0, Sphere.distance(0, 0, 0, 1), 1e-12);
        assertEquals(90.0, Sphere.distance(0, 0, 90, 0), 1e-12);
        // across the pole: two points at dec 89 on opposite meridians are 2 degrees apart
        assertEquals(2.0, Sphere.distance(0, 89, 180, 89), 1e-9);
        // across RA = 0
        assertEquals(0.2, Sphere.distance(359.9, 0, 0.1, 0), 1e-9);
        // one arcsecond stays accurate (haversine)
        assertEquals(1.0 / 3600, Sphere.distance(10, 20, 10, 20 + 1.0 / 3600), 1e-12);
    }

    @Test
    void circleContainsPoints() {
        Shape c = Shape.circle(10, 20, 1);
        assertTrue(c.containsPoint(10, 20.99));
        assertFalse(c.containsPoint(10, 21.01));
        // 1 degree in RA at dec 20 is cos(20) degrees on the sky: inside
        assertTrue(c.containsPoint(11, 20));
        assertFalse(c.containsPoint(11.1, 20));
        Shape polar = Shape.circle(0, 90, 2);
        assertTrue(polar.containsPoint(123, 88.5));
    }

    @Test
    void polygonsAcrossRaZero() {
        Shape p = Shape.polygon(359, -1, 1, -1, 1, 1, 359, 1);
        assertTrue(p.containsPoint(0, 0));
        assertTrue(p.containsPoint(359.5, 0.5));
        assertFalse(p.containsPoint(2, 0));
        assertFalse(p.containsPoint(180, 0));
        // orientation does not matter
        Shape q = Shape.polygon(359, 1, 1, 1, 1, -1, 359, -1);
        assertTrue(q.containsPoint(0, 0));
    }

    @Test
    void containsAndIntersectsBetweenRegions() {
        Shape big = Shape.circle(0, 0, 5), small = Shape.circle(1, 1, 1), far = Shape.circle(20, 0, 1);
        assertTrue(big.contains(small));
        assertFalse(small.contains(big));
        assertTrue(big.intersects(small));
        assertFalse(big.intersects(far));
        Shape box = Shape.box(0, 0, 2, 2);
        assertTrue(big.contains(box));
        assertTrue(box.intersects(Shape.circle(1.5, 0, 1)));
        assertFalse(box.contains(Shape.circle(1.5, 0, 1)));
        assertTrue(box.contains(Shape.circle(0, 0, 0.5)));
        Shape tri = Shape.polygon(0.5, 0.5, 3, 0.5, 3, 3);
        assertTrue(box.intersects(tri));
        assertFalse(box.intersects(Shape.polygon(5, 5, 6, 5, 6, 6)));
    }

    @Test
    void areasInSquareDegrees() {
        // a spherical cap of radius 1 degree: 2 pi (1 - cos 1deg) sr
        double cap = 2 * Math.PI * (1 - Math.cos(Math.toRadians(1))) * Math.pow(180 / Math.PI, 2);
        assertEquals(cap, Shape.circle(50, 50, 1).area(), 1e-9);
        assertEquals(Math.PI, Shape.circle(0, 0, 1).area(), 1e-3);
        // a 1x1 degree box at the equator is almost exactly one square degree
        assertEquals(1.0, Shape.box(0, 0, 1, 1).area(), 1e-3);
        // the whole northern hemisphere octant triangle: 1/8 of 41253 deg2
        assertEquals(41252.96 / 8, Shape.polygon(0, 0, 90, 0, 0, 90).area(), 0.01);
    }

    @Test
    void centroidOfASymmetricPolygon() {
        Shape c = Shape.box(10, 0, 2, 2).centroid();
        assertEquals(10, c.values[0], 1e-9);
        assertEquals(0, c.values[1], 1e-9);
    }
}
