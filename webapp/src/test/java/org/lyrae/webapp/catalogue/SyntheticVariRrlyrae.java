package org.lyrae.webapp.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.lyrae.ml.catalogue.HealpixNested;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.ColumnStarTable;
import uk.ac.starlink.table.StarTableOutput;
import uk.ac.starlink.table.ArrayColumn;

/**
 * A synthetic table shaped like a Gaia DR3 {@code vari_rrlyrae} export (archive column names and
 * types, Gaia's cosine phase convention, realistic ranges; no astrophysical meaning), written with
 * STIL: 64 % RRab, 35 % RRc, 1 % RRd as in DR3; source_ids whose level-12 HEALPix pixels are spread
 * over the sky; some phi31_g, metallicity and g_absorption missing, as in the archive. Gaia DR3 has
 * 270,905 RR Lyrae in vari_rrlyrae; {@link #FULL_SIZE} is the size the issue asks the benchmark for.
 */
public final class SyntheticVariRrlyrae {
    public static final int FULL_SIZE = 271_779;

    private SyntheticVariRrlyrae() {
    }

    /**
     * Writes {@code rows} rows to {@code file} in STIL format {@code format} (e.g. "fits",
     * "votable-binary2-inline"); with {@code positions}, ra and dec (inside each source's pixel) too.
     */
    public static void write(Path file, int rows, long seed, boolean positions, String format) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long[] id = new long[rows];
        String[] type = new String[rows];
        double[] pf = new double[rows];
        float[] pfErr = new float[rows];
        double[] p1o = new double[rows];
        float[] p1oErr = new float[rows];
        float[] intG = new float[rows];
        float[] intGErr = new float[rows];
        float[] ptp = new float[rows];
        float[] ptpErr = new float[rows];
        float[] r21 = new float[rows];
        float[] r21Err = new float[rows];
        float[] r31 = new float[rows];
        float[] r31Err = new float[rows];
        float[] phi21 = new float[rows];
        float[] phi21Err = new float[rows];
        float[] phi31 = new float[rows];
        float[] phi31Err = new float[rows];
        short[] epochs = new short[rows];
        short[] harmonics = new short[rows];
        float[] feh = new float[rows];
        float[] fehErr = new float[rows];
        float[] ag = new float[rows];
        float[] agErr = new float[rows];
        float[][] ampl = new float[rows][];
        double[] ra = new double[rows];
        double[] dec = new double[rows];
        long pixels = HealpixNested.pixels(12);
        for (int i = 0; i < rows; i++) {
            long pixel = r.nextLong(pixels);
            id[i] = pixel * HealpixNested.GAIA_SOURCE_ID_DIVISOR + i;   // unique: the low bits count the rows
            double u = r.nextDouble();
            boolean ab = u < 0.64;
            boolean c = !ab && u < 0.99;
            type[i] = ab ? "RRab" : c ? "RRc" : "RRd";
            double first = clip(0.32 + 0.04 * r.nextGaussian(), 0.2, 0.45);
            double fund = ab ? clip(0.58 + 0.08 * r.nextGaussian(), 0.35, 1.0) : c ? Double.NaN : first / 0.745;
            pf[i] = fund;
            pfErr[i] = Double.isNaN(fund) ? Float.NaN : (float) (1e-6 + 5e-5 * r.nextDouble());
            p1o[i] = ab ? Double.NaN : first;
            p1oErr[i] = ab ? Float.NaN : (float) (1e-6 + 5e-5 * r.nextDouble());
            intG[i] = (float) (12 + 8.5 * Math.sqrt(r.nextDouble()));
            intGErr[i] = (float) (0.001 + 0.01 * r.nextDouble());
            ptp[i] = (float) (ab ? 0.4 + 0.9 * r.nextDouble() : 0.2 + 0.4 * r.nextDouble());
            ptpErr[i] = (float) (0.005 + 0.03 * r.nextDouble());
            r21[i] = (float) (ab ? 0.45 + 0.05 * r.nextGaussian() : 0.15 + 0.05 * r.nextGaussian());
            r21Err[i] = (float) (0.005 + 0.03 * r.nextDouble());
            r31[i] = (float) (ab ? 0.30 + 0.05 * r.nextGaussian() : 0.07 + 0.03 * r.nextGaussian());
            r31Err[i] = (float) (0.005 + 0.03 * r.nextDouble());
            // cosine convention: RRab phi21_g about 4.0, phi31_g about 2.1 (sine 2.4 and 5.2)
            phi21[i] = (float) wrap(ab ? 4.0 + 0.15 * r.nextGaussian() : 4.6 + 0.3 * r.nextGaussian());
            phi21Err[i] = (float) (0.01 + 0.1 * r.nextDouble());
            boolean noPhi31 = !ab && r.nextDouble() < 0.2;
            phi31[i] = noPhi31 ? Float.NaN : (float) wrap(ab ? 2.06 + 0.3 * r.nextGaussian() : 3.5 + 0.6 * r.nextGaussian());
            phi31Err[i] = noPhi31 ? Float.NaN : (float) (0.02 + 0.2 * r.nextDouble());
            epochs[i] = (short) (15 + r.nextInt(90));
            harmonics[i] = (short) (noPhi31 ? 2 : 3 + r.nextInt(6));
            boolean noFeh = r.nextDouble() < 0.5;
            feh[i] = noFeh ? Float.NaN : (float) (-1.5 + 0.5 * r.nextGaussian());
            fehErr[i] = noFeh ? Float.NaN : (float) (0.2 + 0.3 * r.nextDouble());
            boolean noAg = r.nextDouble() < 0.3;
            ag[i] = noAg ? Float.NaN : (float) (0.05 + 2 * r.nextDouble() * r.nextDouble());
            agErr[i] = noAg ? Float.NaN : (float) (0.02 + 0.1 * r.nextDouble());
            float a1 = (float) (ptp[i] / (ab ? 2.9 : 2.2));
            float[] a = new float[16];
            java.util.Arrays.fill(a, Float.NaN);
            a[0] = a1;
            a[1] = a1 * r21[i];
            a[2] = noPhi31 ? Float.NaN : a1 * r31[i];
            ampl[i] = a;
            double[] centre = HealpixNested.pix2ang(12, pixel);
            ra[i] = centre[0];
            dec[i] = centre[1];
        }
        ColumnStarTable t = ColumnStarTable.makeTableWithRows(rows);
        add(t, "source_id", id);
        add(t, "pf", pf);
        add(t, "pf_error", pfErr);
        add(t, "p1_o", p1o);
        add(t, "p1_o_error", p1oErr);
        add(t, "int_average_g", intG);
        add(t, "int_average_g_error", intGErr);
        add(t, "peak_to_peak_g", ptp);
        add(t, "peak_to_peak_g_error", ptpErr);
        add(t, "metallicity", feh);
        add(t, "metallicity_error", fehErr);
        add(t, "r21_g", r21);
        add(t, "r21_g_error", r21Err);
        add(t, "r31_g", r31);
        add(t, "r31_g_error", r31Err);
        add(t, "phi21_g", phi21);
        add(t, "phi21_g_error", phi21Err);
        add(t, "phi31_g", phi31);
        add(t, "phi31_g_error", phi31Err);
        add(t, "num_clean_epochs_g", epochs);
        add(t, "num_harmonics_for_p1_g", harmonics);
        ColumnInfo ai = new ColumnInfo("fund_freq1_harmonic_ampl_g", float[].class, null);
        ai.setShape(new int[] {16});
        t.addColumn(ArrayColumn.makeColumn(ai, ampl));
        add(t, "best_classification", type);
        add(t, "g_absorption", ag);
        add(t, "g_absorption_error", agErr);
        if (positions) {
            add(t, "ra", ra);
            add(t, "dec", dec);
        }
        new StarTableOutput().writeStarTable(t, file.toString(), format);
    }

    private static void add(ColumnStarTable t, String name, Object array) {
        t.addColumn(ArrayColumn.makeColumn(name, array));
    }

    private static double clip(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double wrap(double a) {
        double w = a % (2 * Math.PI);
        return w < 0 ? w + 2 * Math.PI : w;
    }
}
