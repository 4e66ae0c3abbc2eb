package org.lyrae.webapp.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.catalogue.SpectroscopicValue;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.feh.PhaseWindows;
import org.lyrae.webapp.cli.CatalogueCommand;

/**
 * TEST FIXTURE for the catalogue pipeline, not the science: two ordinary least-squares lines fitted to
 * the stars of the lcfit G parameter file that have CHR spectroscopic [Fe/H] (RRab only):
 * "bayes" [Fe/H] = a + b P + c φ31 and "xgb" [Fe/H] = a + b P + c φ31 + d R21. The names are those of
 * the real models' columns so that both columns are exercised; the version says what the values are.
 * σ is the fit's residual standard deviation; a star missing a feature gets NaN and MISSING_FEATURE.
 */
public final class ChrLinearTestModels implements MetallicityModels {
    public static final String VERSION = "TEST-FIXTURE chr-lcfit-linear";

    private final Line bayes;
    private final Line xgb;
    private final int trainingStars;

    public ChrLinearTestModels(Path dataDir) throws IOException {
        Map<Long, SpectroscopicValue> spec = CatalogueCommand.spectroscopicValues(dataDir);
        List<String> lines = Files.readAllLines(dataDir.resolve("gaia_g_fourier/rrab_g_X_rv_gpr_param.dat"));
        String[] head = lines.get(0).substring(1).strip().split("\\s+");
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < head.length; i++) col.putIfAbsent(head[i], i);
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.strip().split("\\s+");
            long id = Long.parseLong(f[col.get("id")]);
            SpectroscopicValue s = spec.get(id);
            if (s == null || !seen.add(id)) continue;
            double p = Double.parseDouble(f[col.get("period")]);
            double phi31 = PhaseWindows.phi31(Double.parseDouble(f[col.get("phi31")]));
            double r21 = Double.parseDouble(f[col.get("A2")]) / Double.parseDouble(f[col.get("A1")]);
            x.add(new double[] {p, phi31, r21});
            y.add(s.feh());
        }
        trainingStars = y.size();
        bayes = Line.fit("bayes", List.of(FeatureNames.PERIOD, FeatureNames.PHI31), x, y, 2);
        xgb = Line.fit("xgb", List.of(FeatureNames.PERIOD, FeatureNames.PHI31, FeatureNames.R21), x, y, 3);
    }

    public int trainingStars() {
        return trainingStars;
    }

    /** The "bayes" line's [Fe/H] for a period and a sine-convention φ31. */
    public double bayesFeh(double period, double phi31Sine) {
        return bayes.value(new double[] {period, PhaseWindows.phi31(phi31Sine)});
    }

    public double bayesSigma() {
        return bayes.sigma;
    }

    @Override
    public String band() {
        return "G";
    }

    @Override
    public List<MetallicityEstimator> forType(String type) {
        return type.equals("RRab") ? List.of(bayes, xgb) : List.of();
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** A least-squares line in k features. */
    static final class Line implements MetallicityEstimator {
        final String name;
        final List<String> features;
        final double[] coef;     // intercept first
        final double sigma;

        private Line(String name, List<String> features, double[] coef, double sigma) {
            this.name = name;
            this.features = features;
            this.coef = coef;
            this.sigma = sigma;
        }

        static Line fit(String name, List<String> features, List<double[]> x, List<Double> y, int k) {
            int m = k + 1;
            double[][] a = new double[m][m + 1];
            for (int i = 0; i < y.size(); i++) {
                double[] row = new double[m];
                row[0] = 1;
                System.arraycopy(x.get(i), 0, row, 1, k);
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < m; c++) a[r][c] += row[r] * row[c];
                    a[r][m] += row[r] * y.get(i);
                }
            }
            for (int p = 0; p < m; p++) {                     // Gauss-Jordan on the normal equations
                int best = p;
                for (int r = p + 1; r < m; r++) if (Math.abs(a[r][p]) > Math.abs(a[best][p])) best = r;
                double[] t = a[p];
                a[p] = a[best];
                a[best] = t;
                for (int r = 0; r < m; r++) {
                    if (r == p) continue;
                    double f = a[r][p] / a[p][p];
                    for (int c = p; c <= m; c++) a[r][c] -= f * a[p][c];
                }
            }
            double[] coef = new double[m];
            for (int r = 0; r < m; r++) coef[r] = a[r][m] / a[r][r];
            Line fitted = new Line(name, features, coef, 0);
            double ss = 0;
            for (int i = 0; i < y.size(); i++) {
                double d = y.get(i) - fitted.value(x.get(i));
                ss += d * d;
            }
            return new Line(name, features, coef, Math.sqrt(ss / (y.size() - m)));
        }

        double value(double[] x) {
            double v = coef[0];
            for (int j = 0; j < features.size(); j++) v += coef[j + 1] * x[j];
            return v;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> features() {
            return features;
        }

        @Override
        public Estimates predict(FeatureTable t) {
            int n = t.rows();
            double[] f = new double[n];
            double[] s = new double[n];
            String[] flags = new String[n];
            double[][] cols = new double[features.size()][];
            for (int j = 0; j < cols.length; j++) cols[j] = t.column(features.get(j));
            for (int i = 0; i < n; i++) {
                double[] x = new double[cols.length];
                boolean missing = false;
                for (int j = 0; j < cols.length; j++) {
                    x[j] = cols[j][i];
                    missing |= Double.isNaN(x[j]);
                }
                f[i] = missing ? Double.NaN : value(x);
                s[i] = missing ? Double.NaN : sigma;
                flags[i] = missing ? "MISSING_FEATURE" : null;
            }
            return new Estimates(f, s, flags);
        }
    }
}
