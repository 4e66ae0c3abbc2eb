package org.lyrae.ml.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lyrae.ml.fourier.PhaseConvention;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * A Gaia DR3 {@code vari_rrlyrae} export (any table STIL reads, with the archive's column names, any
 * case): read row by row, never held whole. {@code source_id} is required; every other column is
 * used when present: {@code pf}, {@code pf_error}, {@code p1_o}, {@code p1_o_error},
 * {@code best_classification} (RRab, RRc, RRd), {@code int_average_g}(_error),
 * {@code peak_to_peak_g}(_error), {@code r21_g}, {@code r31_g}, {@code phi21_g}, {@code phi31_g} (and
 * their _error), {@code num_clean_epochs_g}, {@code num_harmonics_for_p1_g}, {@code metallicity}(_error)
 * (Gaia's own [Fe/H], kept as {@code metallicity_gaia}), {@code g_absorption}(_error),
 * {@code fund_freq1_harmonic_ampl_g}(_error) (arrays, or text such as "(0.3, 0.1, …)": A1–A3), and
 * {@code ra}, {@code dec} when the export was joined with {@code gaia_source}.
 *
 * <p>Gaia's φ21 and φ31 are in the cosine convention: they are converted to the sine (lcfit)
 * convention the models use with {@link PhaseConvention#cosineToSine} (φ21 − π/2, φ31 − π, mod 2π).
 * The models' period is {@code pf} for RRab and {@code p1_o} for RRc; a row without
 * {@code best_classification} is RRab when it has {@code pf}, RRc when it has only {@code p1_o}.
 */
public final class VariRrlyraeExport implements CatalogueSource {
    private final StarTable table;
    private final String label;

    /** @param label how to name the table in messages (its file name) */
    public VariRrlyraeExport(StarTable table, String label) {
        this.table = table;
        this.label = label;
    }

    @Override
    public InputSource input() {
        return InputSource.GAIA_VARI_RRLYRAE;
    }

    @Override
    public long expectedStars() {
        return table.getRowCount();
    }

    @Override
    public Stream open(CatalogueProgress progress) throws IOException {
        Columns c = new Columns(table);
        if (c.sourceId < 0) throw new IOException(label + ": no source_id column (a vari_rrlyrae export needs one)");
        RowSequence seq = table.getRowSequence();
        return new Stream() {
            private long row;

            @Override
            public List<CatalogueStar> next(int max) throws IOException {
                List<CatalogueStar> out = new ArrayList<>(max);
                while (out.size() < max && seq.next()) {
                    row++;
                    Object[] cells = seq.getRow();
                    Object id = cells[c.sourceId];
                    if (!(id instanceof Number n) || n.longValue() <= 0) {
                        progress.problem(label + " row " + row + ": source_id " + id + " is not a Gaia source_id");
                        continue;
                    }
                    out.add(star(n.longValue(), cells, c));
                }
                return out;
            }

            @Override
            public void close() throws IOException {
                seq.close();
            }
        };
    }

    private CatalogueStar star(long id, Object[] r, Columns c) {
        CatalogueStar s = new CatalogueStar(id, input());
        String type = text(r, c.classification);
        double pf = num(r, c.pf);
        double p1o = num(r, c.p1o);
        if (type != null) {
            String t = type.strip().toLowerCase(Locale.ROOT);
            type = t.equals("rrab") ? "RRab" : t.equals("rrc") ? "RRc" : t.equals("rrd") ? "RRd" : type.strip();
        } else if (Double.isFinite(pf)) {
            type = "RRab";
        } else if (Double.isFinite(p1o)) {
            type = "RRc";
        }
        s.type = type;
        if ("RRc".equals(type)) {
            s.period = p1o;
            s.periodError = num(r, c.p1oError);
        } else {
            s.period = pf;
            s.periodError = num(r, c.pfError);
            s.overtonePeriod = p1o;
            s.overtonePeriodError = num(r, c.p1oError);
        }
        s.epochs = integer(r, c.epochs);
        s.order = integer(r, c.harmonics);
        s.intensityMeanMag = num(r, c.intG);
        s.intensityMeanMagError = num(r, c.intGError);
        s.peakToPeak = num(r, c.ptp);
        s.peakToPeakError = num(r, c.ptpError);
        s.r21 = num(r, c.r21);
        s.r21Error = num(r, c.r21Error);
        s.r31 = num(r, c.r31);
        s.r31Error = num(r, c.r31Error);
        double phi21 = num(r, c.phi21);
        double phi31 = num(r, c.phi31);
        s.phi21Sine = Double.isFinite(phi21) ? PhaseConvention.cosineToSine(2, phi21) : Double.NaN;
        s.phi31Sine = Double.isFinite(phi31) ? PhaseConvention.cosineToSine(3, phi31) : Double.NaN;
        s.phi21Error = num(r, c.phi21Error);
        s.phi31Error = num(r, c.phi31Error);
        double[] a = array(r, c.ampl);
        double[] ae = array(r, c.amplError);
        for (int k = 0; k < 3; k++) {
            s.amplitude[k] = k < a.length ? a[k] : Double.NaN;
            s.amplitudeError[k] = k < ae.length ? ae[k] : Double.NaN;
        }
        s.gaiaMetallicity = num(r, c.feh);
        s.gaiaMetallicityError = num(r, c.fehError);
        s.gAbsorption = num(r, c.ag);
        s.gAbsorptionError = num(r, c.agError);
        s.ra = num(r, c.ra);
        s.dec = num(r, c.dec);
        return s;
    }

    private static double num(Object[] r, int i) {
        if (i < 0 || !(r[i] instanceof Number n)) return Double.NaN;
        return n.doubleValue();
    }

    private static Integer integer(Object[] r, int i) {
        if (i < 0 || !(r[i] instanceof Number n)) return null;
        double v = n.doubleValue();
        return Double.isFinite(v) ? (int) Math.round(v) : null;
    }

    private static String text(Object[] r, int i) {
        if (i < 0 || r[i] == null) return null;
        String s = r[i].toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A numeric array cell, or the numbers of a text cell ("(1, 2)", "[1 2]"); empty when absent. */
    static double[] array(Object[] r, int i) {
        if (i < 0 || r[i] == null) return new double[0];
        Object v = r[i];
        if (v instanceof double[] d) return d;
        if (v instanceof float[] f) {
            double[] d = new double[f.length];
            for (int k = 0; k < f.length; k++) d[k] = f[k];
            return d;
        }
        if (v instanceof Number n) return new double[] {n.doubleValue()};
        String[] parts = v.toString().replaceAll("[()\\[\\]{}]", " ").strip().split("[\\s,]+");
        List<Double> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            try {
                out.add(Double.parseDouble(p));
            } catch (NumberFormatException e) {
                out.add(Double.NaN);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Column positions by Gaia archive name, −1 when absent. */
    private static final class Columns {
        final int sourceId;
        final int pf;
        final int pfError;
        final int p1o;
        final int p1oError;
        final int classification;
        final int intG;
        final int intGError;
        final int ptp;
        final int ptpError;
        final int r21;
        final int r21Error;
        final int r31;
        final int r31Error;
        final int phi21;
        final int phi21Error;
        final int phi31;
        final int phi31Error;
        final int epochs;
        final int harmonics;
        final int feh;
        final int fehError;
        final int ag;
        final int agError;
        final int ampl;
        final int amplError;
        final int ra;
        final int dec;

        Columns(StarTable t) {
            sourceId = find(t, "source_id");
            pf = find(t, "pf");
            pfError = find(t, "pf_error");
            p1o = find(t, "p1_o");
            p1oError = find(t, "p1_o_error");
            classification = find(t, "best_classification");
            intG = find(t, "int_average_g");
            intGError = find(t, "int_average_g_error");
            ptp = find(t, "peak_to_peak_g");
            ptpError = find(t, "peak_to_peak_g_error");
            r21 = find(t, "r21_g");
            r21Error = find(t, "r21_g_error");
            r31 = find(t, "r31_g");
            r31Error = find(t, "r31_g_error");
            phi21 = find(t, "phi21_g");
            phi21Error = find(t, "phi21_g_error");
            phi31 = find(t, "phi31_g");
            phi31Error = find(t, "phi31_g_error");
            epochs = find(t, "num_clean_epochs_g");
            harmonics = find(t, "num_harmonics_for_p1_g");
            feh = find(t, "metallicity");
            fehError = find(t, "metallicity_error");
            ag = find(t, "g_absorption");
            agError = find(t, "g_absorption_error");
            ampl = find(t, "fund_freq1_harmonic_ampl_g");
            amplError = find(t, "fund_freq1_harmonic_ampl_g_error");
            ra = find(t, "ra");
            dec = find(t, "dec");
        }

        private static int find(StarTable t, String name) {
            for (int i = 0; i < t.getColumnCount(); i++) {
                ColumnInfo c = t.getColumnInfo(i);
                if (c.getName().equalsIgnoreCase(name)) return i;
            }
            return -1;
        }
    }
}
