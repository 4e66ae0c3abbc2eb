package org.lyrae.ml.fourier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lyrae.ml.lc.LightCurve;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.ml.testdata.SharedData;

/**
 * The shared real data the Fourier tests check against: light curves through the service's readers, the
 * period implied by the Gaia files' own {@code fase} column, and the whitespace parameter tables.
 */
final class TestCurves {

    private TestCurves() {
    }

    static Path dataDir() {
        return SharedData.dataDir();
    }

    /** All Gaia DR3 epoch files, by source_id, sorted. */
    static List<Path> gaiaFiles() {
        try (Stream<Path> s = Files.list(dataDir().resolve("gaia_dr3_epoch"))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sourceId(Path gaiaFile) {
        String name = gaiaFile.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }

    /** A Gaia DR3 epoch CSV read by the service's own reader (G magnitudes with errors from the fluxes, no period). */
    static LightCurve gaia(Path file) {
        try {
            return LightCurveReaders.standard().read(file).single();
        } catch (LightCurveException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The period implied by the {@code fase} column: fase is unwrapped against time starting from the closest
     * pair of epochs (trying 0–3 whole cycles between them), then fitted linearly; the unwrapping that leaves
     * the smallest residual wins. Returns {period, max |residual| in cycles}.
     */
    static double[] fasePeriod(Path file) {
        double[][] c = gaiaColumns(file);
        double[] t = c[0];
        double[] f = c[1];
        int n = t.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(t[a], t[b]));
        int a = order[0];
        int b = order[1];
        for (int i = 1; i < n; i++) {
            if (t[order[i]] - t[order[i - 1]] < t[b] - t[a]) {
                a = order[i - 1];
                b = order[i];
            }
        }
        double dt = t[b] - t[a];
        double df = f[b] - f[a] - Math.floor(f[b] - f[a]);
        double[] best = {Double.NaN, Double.POSITIVE_INFINITY};
        for (int cycles = 0; cycles <= 3; cycles++) {
            double nu = (df + cycles) / dt;
            double[] unwrapped = new double[n];
            double st = 0, su = 0, stt = 0, stu = 0;
            for (int i = 0; i < n; i++) {
                double x = t[i] - t[a];
                unwrapped[i] = f[i] - f[a] + Math.rint(nu * x - (f[i] - f[a]));
                st += x;
                su += unwrapped[i];
                stt += x * x;
                stu += x * unwrapped[i];
            }
            double slope = (n * stu - st * su) / (n * stt - st * st);
            double intercept = (su - slope * st) / n;
            double worst = 0;
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs(unwrapped[i] - intercept - slope * (t[i] - t[a])));
            }
            if (worst < best[1]) {
                best = new double[] {1 / slope, worst};
            }
        }
        return best;
    }

    /** Columns time, fase, mag, flux, flux_error of a Gaia CSV. */
    private static double[][] gaiaColumns(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int n = lines.size() - 1;
            double[][] c = new double[5][n];
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i + 1).split(",");
                for (int j = 0; j < 5; j++) {
                    c[j][i] = Double.parseDouble(f[j + 1]);
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ASAS I-band light curves from {@code spectroscopic/asas_photometry.tar.gz}, by ASAS id, for the ids asked for,
     * read by the service's reader (which uses only HJD, V and its error: the two further columns are lcfit's
     * own residual and phase, so the fit cannot lean on lcfit's answer).
     */
    static Map<String, LightCurve> asas(Set<String> ids) {
        Map<String, LightCurve> out = new HashMap<>();
        try {
            for (Path f : SharedData.extract("spectroscopic/asas_photometry.tar.gz")) {
                String name = f.getFileName().toString();
                String id = name.endsWith(".lc") ? name.substring(0, name.length() - 3) : null;
                if (id != null && ids.contains(id)) out.put(id, LightCurveReaders.standard().read(f).single());
            }
        } catch (IOException | LightCurveException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * A whitespace table whose first line is a header starting with '#', as rows keyed by column name
     * (first row per key column value when {@code key} is not null; all rows otherwise, keyed by row number).
     */
    static Map<String, Map<String, String>> table(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).replaceFirst("^#", "").trim().split("\\s+");
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                Map<String, String> row = new HashMap<>();
                for (int j = 0; j < Math.min(f.length, header.length); j++) {
                    row.put(header[j], f[j].replace("\"", ""));
                }
                rows.putIfAbsent(key == null ? String.valueOf(i) : row.get(key), row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table cell as a number; NaN when empty or "NaN". */
    static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }
}
