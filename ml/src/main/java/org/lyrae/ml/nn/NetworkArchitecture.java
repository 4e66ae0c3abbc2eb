package org.lyrae.ml.nn;

import ai.djl.nn.Block;

/**
 * A kind of light-curve network: builds the block that maps a batch of curve shapes
 * {@code (batch, points, 1)} to one standardised [Fe/H] per curve {@code (batch, 1)}.
 */
public interface NetworkArchitecture {

    String name();

    /** A new, uninitialised block for these settings. */
    Block build(NetworkSettings settings, int points);

    static NetworkArchitecture named(String name) {
        return switch (name) {
            case LstmArchitecture.NAME -> new LstmArchitecture();
            case TransformerArchitecture.NAME -> new TransformerArchitecture();
            default -> throw new IllegalArgumentException("no network '" + name + "': use lstm or transformer");
        };
    }
}
