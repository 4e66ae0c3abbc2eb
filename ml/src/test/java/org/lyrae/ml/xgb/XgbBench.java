package org.lyrae.ml.xgb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Properties;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.select.Dataset;

/**
 * XGBoost cost at Lyrae's sizes: training on a calibration set of {@code lyrae.bench.trainRows}
 * (150) stars with 3 features and {@link XgbParams#defaults()} (300 rounds, depth 3), and
 * single-thread prediction for {@code lyrae.bench.predictRows} (270,000, the catalogue) stars,
 * through {@link XgbRegressor#predictWithSigma} (double rows), {@link XgbRegressor#predictFlat}
 * (one float array) and, for comparison, a DMatrix with {@code Booster.predict}. Medians of
 * {@code lyrae.bench.rounds} (7) timings after two warm-ups, both wall-clock and CPU time of the
 * calling thread (with {@code nthread=1} XGBoost works on that thread, so CPU time gives the
 * per-core rate even on a busy machine).
 *
 * <p>A benchmark, not a test: run with {@code mvn -B -o -Pbench -pl ml test -Dtest=XgbBench}.
 */
class XgbBench {
    private static final int TRAIN_ROWS = Integer.getInteger("lyrae.bench.trainRows", 150);
    private static final int PREDICT_ROWS = Integer.getInteger("lyrae.bench.predictRows", 270_000);
    private static final int ROUNDS = Integer.getInteger("lyrae.bench.rounds", 7);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Something to time; may throw XGBoost's checked error. */
    private interface Work {
        void run() throws Exception;
    }

    /** Median wall-clock and thread CPU seconds. */
    private record Timing(double wall, double cpu) {
    }

    @Test
    void trainAndPredict() throws Exception {
        Dataset train = Nonlinear.of(TRAIN_ROWS, 0.1, 1);
        Dataset catalogue = Nonlinear.of(PREDICT_ROWS, 0.1, 2);
        XgbParams params = XgbParams.defaults();
        float[] flat = new float[PREDICT_ROWS * 3];
        for (int i = 0; i < PREDICT_ROWS; i++) {
            for (int j = 0; j < 3; j++) {
                flat[i * 3 + j] = (float) catalogue.x()[i][j];
            }
        }
        StringBuilder report = new StringBuilder(String.format("XGBoost4J %s, %d training rows x 3 features, %d rounds,"
            + " depth %d; %,d rows predicted on one thread; load average %s%n", xgboostVersion(), TRAIN_ROWS,
            params.rounds(), params.maxDepth(), PREDICT_ROWS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append("model                          train ms (wall/cpu) | predict rows/s per core (cpu; wall): double[][]  float[]  DMatrix | model bytes\n");
        for (boolean sigma : new boolean[] {false, true}) {
            Timing fit = median(() -> trainModel(train, params, sigma).close());
            try (XgbRegressor m = trainModel(train, params, sigma)) {
                Timing rows = median(() -> m.predictWithSigma(catalogue.x()));
                Timing floats = median(() -> m.predictFlat(flat, PREDICT_ROWS, 3));
                Booster b = XGBoost.loadModel(m.toBytes());
                b.setParam("nthread", 1);
                Timing dmatrix = median(() -> {
                    DMatrix d = new DMatrix(flat, PREDICT_ROWS, 3, Float.NaN);
                    b.predict(d);
                    d.dispose();
                });
                assertEquals(m.predictFlat(flat, 5, 3)[4][0], b.predict(new DMatrix(Arrays.copyOf(flat, 15), 5, 3, Float.NaN))[4][0]);
                b.dispose();
                report.append(String.format("%-30s %6.1f / %6.1f | %s  %s  %s | %,d%n",
                    sigma ? "median + sigma (3 quantiles)" : "mean (squared error)", fit.wall() * 1e3, fit.cpu() * 1e3,
                    rate(rows), rate(floats), rate(dmatrix), m.toBytes().length));
            }
        }
        System.out.print(report);
    }

    private static XgbRegressor trainModel(Dataset train, XgbParams params, boolean sigma) {
        return sigma ? XgbRegressor.trainWithSigma(train.x(), train.y(), null, params)
            : XgbRegressor.train(train.x(), train.y(), null, params);
    }

    private static String rate(Timing t) {
        return String.format("%,9.0f; %,9.0f", PREDICT_ROWS / t.cpu(), PREDICT_ROWS / t.wall());
    }

    private static Timing median(Work work) throws Exception {
        work.run();
        work.run();
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            wall[r] = (System.nanoTime() - t) / 1e9;
            cpu[r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[ROUNDS / 2], cpu[ROUNDS / 2]);
    }

    private static String xgboostVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Booster.class.getResourceAsStream("/META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "(version unknown)");
    }
}
