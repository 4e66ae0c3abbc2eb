package org.lyrae.ml.nn;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a trained network by name, as plain arrays, for tests that look inside. */
final class NetworkParameters {
    private NetworkParameters() {
    }

    static Map<String, float[]> of(NetworkSettings s, int points, byte[] saved) {
        Engines.pytorch();
        try (Model model = Model.newInstance(s.architecture(), ai.djl.Device.cpu(), Engines.ENGINE)) {
            Block block = s.architectureImpl().build(s, points);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, points, 1));
            block.loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(saved)));
            Map<String, float[]> out = new LinkedHashMap<>();
            for (Pair<String, Parameter> p : block.getParameters()) out.put(p.getKey(), p.getValue().getArray().toFloatArray());
            return out;
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
