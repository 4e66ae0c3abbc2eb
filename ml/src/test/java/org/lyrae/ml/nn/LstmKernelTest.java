package org.lyrae.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LSTM's predictions equal the LSTM equations (PyTorch's gate order i, f, g, o) computed here in
 * plain Java from the same parameters. This caught PyTorch 2.7.1's CPU inference kernel (autograd off)
 * giving other numbers; see {@link AutogradForward}.
 */
class LstmKernelTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void predictionsFollowTheLstmEquations(boolean bidirectional) {
        NetworkSettings s = NetworkSettings.lstm().withSize(8, 1).withBidirectional(bidirectional).withEpochs(2, 2);
        CurveData data = SyntheticCurves.sample(64, 7);
        TrainedNetwork t = NetworkTrainer.train(data, data.subset(new int[] {0, 1, 2}), null, s, Device.cpu(), NetworkTrainer.Progress.NONE);
        Map<String, float[]> p = NetworkParameters.of(s, data.points(), t.parameters());
        List<String> lstms = p.keySet().stream().filter(k -> k.endsWith("l_0_i2h_WEIGHT")).map(k -> k.replace("l_0_i2h_WEIGHT", "")).toList();
        assertEquals(bidirectional ? 2 : 1, lstms.size(), p.keySet().toString());
        String head = p.keySet().stream().filter(k -> k.endsWith("Linear_weight")).findFirst().orElseThrow().replace("weight", "");
        try (LoadedNetwork net = LoadedNetwork.load(s, data.points(), t, Device.cpu())) {
            double[] predicted = net.predict(data.curves());
            for (int n = 0; n < 10; n++) {
                float[] x = data.curves()[n];
                float[] in = new float[x.length];
                for (int j = 0; j < x.length; j++) in[j] = (float) (x[j] / t.scaling().inputScale());
                double z = p.get(head + "bias")[0];
                float[] w = p.get(head + "weight");
                for (int d = 0; d < lstms.size(); d++) {
                    double[] h = lastState(p, lstms.get(d), d == 1 ? reversedSteps(in, s.patch()) : in, s.patch(), s.hidden());
                    for (int k = 0; k < h.length; k++) z += w[d * s.hidden() + k] * h[k];
                }
                double expected = t.scaling().fehMean() + t.scaling().fehStd() * z;
                assertEquals(expected, predicted[n], 1e-4, "curve " + n);
            }
        }
    }

    private static float[] reversedSteps(float[] in, int patch) {
        // the second LSTM reads the steps from last to first (each step's points keep their order)
        int steps = in.length / patch;
        float[] out = new float[in.length];
        for (int t = 0; t < steps; t++) System.arraycopy(in, (steps - 1 - t) * patch, out, t * patch, patch);
        return out;
    }

    private static double[] lastState(Map<String, float[]> p, String prefix, float[] in, int patch, int hidden) {
        float[] wi = p.get(prefix + "l_0_i2h_WEIGHT");
        float[] wh = p.get(prefix + "l_0_h2h_WEIGHT");
        float[] bi = p.get(prefix + "l_0_i2h_BIAS");
        float[] bh = p.get(prefix + "l_0_h2h_BIAS");
        double[] h = new double[hidden];
        double[] c = new double[hidden];
        for (int t = 0; t < in.length / patch; t++) {
            double[] g = new double[4 * hidden];
            for (int j = 0; j < g.length; j++) {
                double v = bi[j] + bh[j];
                for (int k = 0; k < patch; k++) v += wi[j * patch + k] * in[t * patch + k];
                for (int k = 0; k < hidden; k++) v += wh[j * hidden + k] * h[k];
                g[j] = v;
            }
            for (int j = 0; j < hidden; j++) {
                double i = sigmoid(g[j]);
                double f = sigmoid(g[hidden + j]);
                double gg = Math.tanh(g[2 * hidden + j]);
                double o = sigmoid(g[3 * hidden + j]);
                c[j] = f * c[j] + i * gg;
                h[j] = o * Math.tanh(c[j]);
            }
        }
        return h;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
