package org.lyrae.ml.nn;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * Trains one network: Adam on the weighted mean squared error of the standardised [Fe/H], shuffled
 * mini-batches, and early stopping on the RMSE of curves held out from training (the parameters of
 * the best epoch are kept). Seeded: the same data and settings give the same network on the same
 * device.
 */
public final class NetworkTrainer {

    /** Told after every epoch. */
    public interface Progress {
        void epoch(int epoch, int maxEpochs, double trainLoss, double validationRmse);

        Progress NONE = (e, m, l, v) -> { };
    }

    private NetworkTrainer() {
    }

    /**
     * @param weights per training curve (mean 1), or null for equal weights
     */
    public static TrainedNetwork train(CurveData train, CurveData validation, double[] weights, NetworkSettings s, Device device,
                                       Progress progress) {
        Engines.pytorch().setRandomSeed((int) s.seed());
        Scaling scaling = Scaling.of(train);
        int points = train.points();
        int n = train.size();
        Block block = s.architectureImpl().build(s, points);
        try (Model model = Model.newInstance(s.architecture(), device, Engines.ENGINE)) {
            model.setBlock(block);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(s.learningRate())).optWeightDecays(s.weightDecay())
                    .optClipGrad(1f).build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(adam).optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(s.batchSize(), points, 1));
                float[] y = new float[n];
                for (int i = 0; i < n; i++) y[i] = (float) scaling.toStandard(train.feh()[i]);
                float[] w = new float[n];
                for (int i = 0; i < n; i++) w[i] = weights == null ? 1f : (float) weights[i];
                SplittableRandom rng = new SplittableRandom(s.seed());
                int[] order = new int[n];
                for (int i = 0; i < n; i++) order[i] = i;
                byte[] best = null;
                double bestRmse = Double.POSITIVE_INFINITY;
                int bestEpoch = 0;
                int epoch = 0;
                long start = System.nanoTime();
                while (epoch < s.maxEpochs() && epoch - bestEpoch < s.patience()) {
                    epoch++;
                    shuffle(order, rng);
                    double lossSum = 0;
                    for (int from = 0; from < n; from += s.batchSize()) {
                        int to = Math.min(n, from + s.batchSize());
                        lossSum += step(trainer, train, order, from, to, y, w, scaling) * (to - from);
                    }
                    double rmse = rmse(trainer, validation, scaling);
                    if (rmse < bestRmse || best == null) {
                        bestRmse = rmse;
                        bestEpoch = epoch;
                        best = parameters(block);
                    }
                    progress.epoch(epoch, s.maxEpochs(), lossSum / n, rmse);
                }
                double perEpoch = (System.nanoTime() - start) / 1e9 / Math.max(1, epoch);
                return new TrainedNetwork(best, scaling, bestEpoch, epoch, bestRmse, perEpoch);
            }
        }
    }

    private static double step(Trainer trainer, CurveData train, int[] order, int from, int to, float[] y, float[] w, Scaling scaling) {
        int b = to - from;
        int points = train.points();
        float[][] batch = new float[b][];
        float[] yb = new float[b];
        float[] wb = new float[b];
        float wsum = 0;
        for (int i = 0; i < b; i++) {
            int r = order[from + i];
            batch[i] = train.curves()[r];
            yb[i] = y[r];
            wb[i] = w[r];
            wsum += w[r];
        }
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDArray x = m.create(scaling.inputs(batch, 0, b), new Shape(b, points, 1));
            NDArray target = m.create(yb);
            NDArray weight = m.create(wb);
            double loss;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray pred = trainer.forward(new NDList(x)).singletonOrThrow().reshape(b);
                NDArray l = pred.sub(target).square().mul(weight).sum().div(wsum);
                gc.backward(l);
                loss = l.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** RMSE in dex of the network as it is now (no dropout) on {@code data}. */
    private static double rmse(Trainer trainer, CurveData data, Scaling scaling) {
        if (data.size() == 0) return Double.NaN;
        double ss = 0;
        int points = data.points();
        for (int from = 0; from < data.size(); from += 1024) {
            int to = Math.min(data.size(), from + 1024);
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDArray x = m.create(scaling.inputs(data.curves(), from, to), new Shape(to - from, points, 1));
                float[] z = AutogradForward.run(() -> trainer.evaluate(new NDList(x)).singletonOrThrow().toFloatArray());
                for (int i = from; i < to; i++) {
                    double e = scaling.fromStandard(z[i - from]) - data.feh()[i];
                    ss += e * e;
                }
            }
        }
        return Math.sqrt(ss / data.size());
    }

    static byte[] parameters(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
