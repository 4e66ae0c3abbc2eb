package org.lyrae.webapp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.nn.CurveData;
import org.lyrae.ml.nn.NetworkCalibration;

/**
 * {@code analyze} sends a network one star, {@code catalogue build} thousands at once: a star's value
 * must not depend on the company it is predicted in. Not bit for bit (PyTorch's float32 kernels sum in
 * an order that depends on the batch shape: differences of about 1e-8 dex were seen), but far below
 * anything that matters: 1e-6 dex.
 */
class NetworkBatchTest {

    @Test
    void aStarsValueIsTheSameAloneAndInABatch(@TempDir Path dir) throws Exception {
        CurveData many = TinyNetworks.curves(5000, 7);
        for (NetworkCalibration c : TinyNetworks.train(dir, "lstm", "transformer")) {
            Estimates batch = c.estimator().predict(new FeatureTable(List.of(), new double[0][], new double[0][], many.curves()));
            double worst = 0;
            for (int i : new int[] {0, 1, 255, 256, 2047, 2048, 4999}) {
                Estimates alone = c.estimator().predict(new FeatureTable(List.of(), new double[0][], new double[0][],
                        new float[][] {many.curves()[i]}));
                worst = Math.max(worst, Math.abs(alone.feh()[0] - batch.feh()[i]));
                worst = Math.max(worst, Math.abs(alone.sigma()[0] - batch.sigma()[i]));
            }
            System.out.printf("%s: largest difference alone vs in a batch of %d: %.3g dex%n", c.name(), many.size(), worst);
            assertEquals(0, worst, 1e-6, c.name() + ": largest difference alone vs in a batch of " + many.size());
        }
    }
}
