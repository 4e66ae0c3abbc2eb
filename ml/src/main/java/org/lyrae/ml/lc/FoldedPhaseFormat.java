package org.lyrae.ml.lc;

import java.util.Arrays;
import java.util.Locale;

/**
 * Phase-folded light curves without a header, as in {@code gaia_g_folded/lc_dev_g.tar.gz}
 * ({@code lc_dev_g/<Gaia DR2 source_id>_bin.dat}, G) and {@code bulge_ks/lc_target_k.tar.gz} (VVV Ks):
 * two columns, phase and magnitude (a third, if present, is the error). Files named {@code *_bin.dat}.
 *
 * <p>The phase is the curve's time, in cycles: the curve's period is 1, so a fit uses it as it is and
 * no period search is needed. These files pad the cycle: the points of phase [0, 0.2) are repeated at
 * [1, 1.2). The repeats are dropped ({@value EpochCollector#PHASE_COPY} in {@link LightCurve#dropped()});
 * any other phase outside [0, 1) is brought into it (modulo 1). Two points at the same phase are two
 * epochs (phases are rounded, and many cycles fold onto one) unless their magnitudes are equal too.
 *
 * <p>The star's identifier is the file name stem without {@code _bin}: the Gaia DR2 {@code source_id}
 * (or VVV id) that the label files ({@code labels_photometric_feh.csv}, {@code table5.dat}) use. The
 * files do not say their band: it is {@link ReadOptions#band()} (null when not given).
 */
public final class FoldedPhaseFormat implements LightCurveFormat {

    public static final String NAME = "folded";
    public static final String TIME_SYSTEM = "phase [cycles, 0 to 1; period 1]";
    /** How close (in phase and magnitude) a padded point must be to a point one cycle earlier to be its copy. */
    private static final double COPY_TOLERANCE = 1e-6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "headerless phase-folded curves *_bin.dat: phase, mag[, err]; period 1; id is the stem without _bin";
    }

    @Override
    public boolean accepts(FileProbe file) {
        return file.baseName().toLowerCase(Locale.ROOT).endsWith("_bin.dat")
                && TextColumns.isNumericLine(file.firstDataLine(), 2, 3);
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        String stem = file.stem();
        String id = stem.toLowerCase(Locale.ROOT).endsWith("_bin") ? stem.substring(0, stem.length() - 4) : stem;
        boolean errors = TextColumns.isNumericLine(file.firstDataLine(), 3, 3);
        int width = errors ? 3 : 2;
        Points pts = new Points();
        TextColumns.read(file, width, width, width,
                (v, count, line) -> pts.add(v[0], v[1], errors ? v[2] : Double.NaN, line));
        EpochCollector epochs = new EpochCollector(file.name(), options, "line", errors).folded();
        for (int i = 0; i < pts.n; i++) {
            double p = pts.phase[i];
            byte status = EpochCollector.OK;
            if (p >= 1 || p < 0) {
                double wrapped = p - Math.floor(p);
                if (pts.hasCopy(wrapped, pts.mag[i])) status = EpochCollector.COPY;
                p = wrapped;
            }
            epochs.add(id, p, pts.mag[i], pts.err[i], status, pts.line[i], 1.0);
        }
        String band = options.band() == null ? null : options.band().strip().toUpperCase(Locale.ROOT);
        return epochs.finish(NAME, TIME_SYSTEM, band, "column 1 (phase)", "column 2 (mag)", "column 3 (error)");
    }

    /** A folded file's points, kept until all are read to find the padding's copies. */
    private static final class Points {
        double[] phase = new double[128];
        double[] mag = new double[128];
        double[] err = new double[128];
        long[] line = new long[128];
        int n;

        void add(double p, double m, double e, long l) {
            if (n == phase.length) {
                phase = Arrays.copyOf(phase, 2 * n);
                mag = Arrays.copyOf(mag, 2 * n);
                err = Arrays.copyOf(err, 2 * n);
                line = Arrays.copyOf(line, 2 * n);
            }
            phase[n] = p;
            mag[n] = m;
            err[n] = e;
            line[n] = l;
            n++;
        }

        /** Whether some point in [0, 1) has this phase and magnitude. */
        boolean hasCopy(double p, double m) {
            for (int j = 0; j < n; j++) {
                if (phase[j] >= 0 && phase[j] < 1 && Math.abs(phase[j] - p) <= COPY_TOLERANCE
                        && Math.abs(mag[j] - m) <= COPY_TOLERANCE) {
                    return true;
                }
            }
            return false;
        }
    }
}
