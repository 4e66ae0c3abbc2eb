package org.lyrae.ml.nn;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A trained network ready to predict: built, initialised and given its saved parameters on a device.
 * Predictions run without dropout in batches of exactly {@value #BATCH} rows (the last one padded
 * with zeros), so that a star gets the same bits alone as among thousands: PyTorch's CPU kernels
 * sum in an order that depends on the batch size. Calls are serialised (a DJL block is not meant for
 * concurrent forward passes), each call a batch of many curves.
 */
public final class LoadedNetwork implements AutoCloseable {
    static final int BATCH = 256;

    private final Model model;
    private final Block block;
    private final Scaling scaling;
    private final int points;

    private LoadedNetwork(Model model, Block block, Scaling scaling, int points) {
        this.model = model;
        this.block = block;
        this.scaling = scaling;
        this.points = points;
    }

    public static LoadedNetwork load(NetworkSettings s, int points, TrainedNetwork trained, Device device) {
        Engines.pytorch();
        Model model = Model.newInstance(s.architecture(), device, Engines.ENGINE);
        Block block = s.architectureImpl().build(s, points);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, points, 1));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(trained.parameters()))) {
            block.loadParameters(model.getNDManager(), in);
        } catch (IOException | MalformedModelException e) {
            model.close();
            throw new IllegalStateException("the saved " + s.architecture() + " parameters do not fit its architecture: " + e.getMessage(), e);
        }
        return new LoadedNetwork(model, block, trained.scaling(), points);
    }

    /** [Fe/H] of each curve (all of {@code points} values). */
    public synchronized double[] predict(float[][] curves) {
        double[] out = new double[curves.length];
        for (int from = 0; from < curves.length; from += BATCH) {
            int to = Math.min(curves.length, from + BATCH);
            try (NDManager m = model.getNDManager().newSubManager()) {
                float[] in = java.util.Arrays.copyOf(scaling.inputs(curves, from, to), BATCH * points);
                NDArray x = m.create(in, new Shape(BATCH, points, 1));
                float[] z = AutogradForward.run(() -> block.forward(new ParameterStore(m, false), new NDList(x), false)
                        .singletonOrThrow().toFloatArray());
                for (int i = from; i < to; i++) out[i] = scaling.fromStandard(z[i - from]);
            }
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
