package org.lyrae.ml.catalogue;

/**
 * HEALPix in the NESTED numbering (Górski et al. 2005, ApJ 622, 759), written from the scheme's
 * definition: the sphere is cut into 12 base faces (4 around the north pole, 4 on the equator, 4
 * around the south pole); at level (order) k each face is an nside × nside grid, nside = 2^k, with
 * pixel coordinates (x, y) ∈ [0, nside)² counted from the face's southern corner, x towards the
 * north-east and y towards the north-west; the nested index is {@code face·nside² + interleave(x, y)}
 * (the bits of x in the even positions, those of y in the odd ones).
 *
 * <p>A face is placed on the sphere by {@code JRLL}, the ring (counted from the north pole, in units of
 * nside) through its southern corner (2 for the northern faces, 3 for the equatorial ones, 4 for the
 * southern ones), and {@code JPLL}, the longitude of its centre in units of π/4. A point
 * of the face at continuous coordinates (x, y) (in units of nside) lies on ring
 * {@code jr = JRLL − x − y}: in the north polar cap (jr &lt; 1) z = cos θ = 1 − jr²/3, on the
 * equatorial belt (1 ≤ jr ≤ 3) z = (2 − jr)·2/3, in the south cap z = (4 − jr)²/3 − 1; its longitude
 * is φ = (π/4)·(JPLL·r + x − y)/r, r being the ring's number of pixels per quarter (jr in the north
 * cap, 4 − jr in the south one, 1 on the belt, all in units of nside).
 *
 * <p>Gaia {@code source_id}s (DR2, EDR3 and DR3) encode the level-12 nested index of the source's
 * position: {@code source_id / 2^35} ({@link #gaiaPixel}). Angles here are ICRS degrees.
 */
public final class HealpixNested {

    /** The HEALPix level encoded in Gaia source_ids. */
    public static final int GAIA_LEVEL = 12;
    /** 2^35: a Gaia source_id divided by this is its level-12 nested pixel. */
    public static final long GAIA_SOURCE_ID_DIVISOR = 34_359_738_368L;
    /** The deepest level whose indices fit a long. */
    public static final int MAX_LEVEL = 29;

    private static final int[] JRLL = {2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
    private static final int[] JPLL = {1, 3, 5, 7, 0, 2, 4, 6, 1, 3, 5, 7};

    private HealpixNested() {
    }

    /** The level-12 nested pixel that a Gaia source_id encodes. */
    public static long gaiaPixel(long sourceId) {
        if (sourceId < 0) throw new IllegalArgumentException("negative source_id " + sourceId);
        long pixel = sourceId / GAIA_SOURCE_ID_DIVISOR;
        if (pixel >= pixels(GAIA_LEVEL)) throw new IllegalArgumentException("source_id " + sourceId + " encodes no level-12 pixel");
        return pixel;
    }

    /** 2^level. */
    public static long nside(int level) {
        checkLevel(level);
        return 1L << level;
    }

    /** Number of pixels at a level: 12·nside². */
    public static long pixels(int level) {
        long n = nside(level);
        return 12 * n * n;
    }

    /** Solid angle of one pixel (all pixels have the same area), steradians: 4π / (12·nside²). */
    public static double pixelArea(int level) {
        return 4 * Math.PI / pixels(level);
    }

    /** Square root of the pixel area, radians: the scheme's characteristic pixel size. */
    public static double pixelSize(int level) {
        return Math.sqrt(pixelArea(level));
    }

    /** Centre of a pixel: {ra, dec} in degrees. */
    public static double[] pix2ang(int level, long ipix) {
        return faceToAngles(level, ipix, 0.5, 0.5);
    }

    /**
     * The four corners of a pixel, {ra, dec} in degrees, in the order south (x, y at their low ends),
     * east, north, west.
     */
    public static double[][] corners(int level, long ipix) {
        return new double[][] {
            faceToAngles(level, ipix, 0, 0), faceToAngles(level, ipix, 1, 0),
            faceToAngles(level, ipix, 1, 1), faceToAngles(level, ipix, 0, 1)};
    }

    /**
     * Largest angular distance from a pixel's centre to its corners, radians: how far from the centre a
     * source in the pixel can be (the corners are the pixel's extreme points up to the slight curvature
     * of its edges).
     */
    public static double maxCornerDistance(int level, long ipix) {
        double[] c = pix2ang(level, ipix);
        double max = 0;
        for (double[] v : corners(level, ipix)) max = Math.max(max, separation(c[0], c[1], v[0], v[1]));
        return max;
    }

    /** The nested pixel containing the direction (ra, dec) in degrees. */
    public static long ang2pix(int level, double raDeg, double decDeg) {
        if (!(decDeg >= -90 && decDeg <= 90) || !Double.isFinite(raDeg)) {
            throw new IllegalArgumentException("no direction (" + raDeg + ", " + decDeg + ")");
        }
        long nside = nside(level);
        double z = Math.sin(Math.toRadians(decDeg));
        double za = Math.abs(z);
        double tt = Math.toRadians(raDeg) / (Math.PI / 2);       // longitude in quarters of a turn
        tt = tt - 4 * Math.floor(tt / 4);
        if (tt >= 4) tt = 0;
        int face;
        long x;
        long y;
        if (za <= 2.0 / 3) {
            // equatorial belt: the lines of constant x and constant y are straight in (φ, z)
            double t1 = nside * (0.5 + tt);
            double t2 = nside * z * 0.75;
            long jp = (long) Math.floor(t1 - t2);                 // index of the ascending edge line
            long jm = (long) Math.floor(t1 + t2);                 // index of the descending edge line
            long ifp = Math.floorDiv(jp, nside);
            long ifm = Math.floorDiv(jm, nside);
            if (ifp == ifm) face = (int) (ifp | 4);
            else if (ifp < ifm) face = (int) ifp;
            else face = (int) (ifm + 8);
            x = Math.floorMod(jm, nside);
            y = nside - Math.floorMod(jp, nside) - 1;
        } else {
            // polar caps: the ring number grows as the square root of the distance to the pole
            int ntt = Math.min(3, (int) tt);
            double tp = tt - ntt;
            // nside·√(3(1 − |z|)), with 1 − |z| from cos(dec) to keep precision near the poles
            double cosDec = Math.cos(Math.toRadians(decDeg));
            double oneMinusZa = cosDec * cosDec / (1 + za);
            double tmp = nside * Math.sqrt(3 * oneMinusZa);
            long jp = Math.min(nside - 1, (long) (tp * tmp));
            long jm = Math.min(nside - 1, (long) ((1 - tp) * tmp));
            if (z >= 0) {
                face = ntt;
                x = nside - jm - 1;
                y = nside - jp - 1;
            } else {
                face = ntt + 8;
                x = jp;
                y = jm;
            }
        }
        return face * nside * nside + interleave(x) + (interleave(y) << 1);
    }

    /** Angular separation of two directions in degrees, radians (haversine, exact at small angles). */
    public static double separation(double ra1, double dec1, double ra2, double dec2) {
        double d1 = Math.toRadians(dec1);
        double d2 = Math.toRadians(dec2);
        double sdd = Math.sin((d2 - d1) / 2);
        double sda = Math.sin(Math.toRadians(ra2 - ra1) / 2);
        double h = sdd * sdd + Math.cos(d1) * Math.cos(d2) * sda * sda;
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The direction of the point at fractional offsets (dx, dy) ∈ [0, 1]² inside pixel {@code ipix}
     * (0.5, 0.5: its centre; 0/1: its corners), {ra, dec} in degrees.
     */
    static double[] faceToAngles(int level, long ipix, double dx, double dy) {
        long nside = nside(level);
        long perFace = nside * nside;
        if (ipix < 0 || ipix >= 12 * perFace) {
            throw new IllegalArgumentException("pixel " + ipix + " outside level " + level + " (0.." + (12 * perFace - 1) + ")");
        }
        int face = (int) (ipix / perFace);
        long inFace = ipix % perFace;
        long ix = deinterleave(inFace);
        long iy = deinterleave(inFace >>> 1);
        double x = (ix + dx) / nside;     // continuous face coordinates, in units of nside
        double y = (iy + dy) / nside;
        double jr = JRLL[face] - x - y;   // ring, in units of nside, from the north pole
        double r;                         // pixels per quarter turn on that ring, in units of nside
        double z;
        double sinTheta;
        if (jr < 1) {
            r = jr;
            double oneMinusZ = jr * jr / 3;
            z = 1 - oneMinusZ;
            sinTheta = Math.sqrt(oneMinusZ * (2 - oneMinusZ));
        } else if (jr > 3) {
            r = 4 - jr;
            double onePlusZ = r * r / 3;
            z = onePlusZ - 1;
            sinTheta = Math.sqrt(onePlusZ * (2 - onePlusZ));
        } else {
            r = 1;
            z = (2 - jr) * 2 / 3;
            sinTheta = Math.sqrt((1 - z) * (1 + z));
        }
        double phi;
        if (r < 1e-15) {
            phi = 0;                      // a pole: every longitude
        } else {
            double t = JPLL[face] * r + x - y;
            if (t < 0) t += 8;
            if (t >= 8) t -= 8;
            phi = Math.PI / 4 * t / r;
        }
        double ra = Math.toDegrees(phi);
        if (ra >= 360) ra -= 360;
        double dec = Math.toDegrees(Math.atan2(z, sinTheta));
        return new double[] {ra, dec};
    }

    /** Bits 0, 2, 4, … of v packed together. */
    static long deinterleave(long v) {
        long r = 0;
        for (int b = 0; v != 0; b++, v >>>= 2) r |= (v & 1) << b;
        return r;
    }

    /** Bits of v spread to positions 0, 2, 4, …. */
    static long interleave(long v) {
        long r = 0;
        for (int b = 0; v != 0; b++, v >>>= 1) r |= (v & 1) << (2 * b);
        return r;
    }

    private static void checkLevel(int level) {
        if (level < 0 || level > MAX_LEVEL) throw new IllegalArgumentException("HEALPix level " + level + " outside 0.." + MAX_LEVEL);
    }
}
