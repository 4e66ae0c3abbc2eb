package org.lyrae.ml.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.transformer.TransformerEncoderBlock;

/**
 * A Transformer encoder over the phase points: the curve is cut into patches of a few consecutive
 * points (one token each, so attention costs (points/patch)² rather than points²), each patch is
 * embedded linearly, a sinusoidal encoding of its phase is added, encoder blocks attend across the
 * cycle, and the mean over tokens goes through dropout to a linear head.
 */
public final class TransformerArchitecture implements NetworkArchitecture {
    public static final String NAME = "transformer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Block build(NetworkSettings s, int points) {
        int patch = s.patch();
        if (patch <= 0 || points % patch != 0) throw new IllegalArgumentException(points + " points do not cut into patches of " + patch);
        int tokens = points / patch;
        int d = s.hidden();
        float[] encoding = phaseEncoding(tokens, d);
        SequentialBlock net = new SequentialBlock();
        net.add(LambdaBlock.singleton(x -> x.reshape(x.getShape().get(0), tokens, patch), "patches"));
        net.add(Linear.builder().setUnits(d).build());
        net.add(LambdaBlock.singleton(x -> x.add(x.getManager().create(encoding).reshape(1, tokens, d)), "phase-encoding"));
        for (int l = 0; l < s.layers(); l++) {
            net.add(new TransformerEncoderBlock(d, s.heads(), 2 * d, s.dropout(), Activation::gelu));
        }
        net.add(LambdaBlock.singleton(x -> x.mean(new int[] {1}), "mean-over-phase"));
        net.add(Dropout.builder().optRate(s.dropout()).build());
        net.add(Linear.builder().setUnits(1).build());
        return net;
    }

    /**
     * The usual sine/cosine position code, with positions taken as phases: token t of T sits at phase t/T,
     * and frequency k completes k whole cycles per light-curve cycle, so the code is periodic in phase as
     * the light curve is.
     */
    static float[] phaseEncoding(int tokens, int d) {
        float[] pe = new float[tokens * d];
        for (int t = 0; t < tokens; t++) {
            double phase = 2 * Math.PI * t / tokens;
            for (int i = 0; i < d / 2; i++) {
                int k = i + 1;
                pe[t * d + 2 * i] = (float) Math.sin(k * phase);
                pe[t * d + 2 * i + 1] = (float) Math.cos(k * phase);
            }
        }
        return pe;
    }
}
