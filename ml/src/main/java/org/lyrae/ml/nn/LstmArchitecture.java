package org.lyrae.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import java.util.List;

/**
 * A recurrent network over the phase points: the curve is read in steps of a few consecutive points
 * (64 points as 16 steps of 4: a quarter of the sequential steps, which set the cost on a CPU, for
 * the same information); an LSTM reads it from phase 0 to 1 and, when
 * bidirectional, a second one reads it from 1 to 0; their last states (the whole curve summarised
 * from each end) go through dropout to a linear head.
 *
 * <p>Bidirectional is two one-way LSTMs rather than DJL's {@code optBidirectional}: with PyTorch 2.7.1
 * that option crashes the JVM in libtorch at the first backward pass.
 */
public final class LstmArchitecture implements NetworkArchitecture {
    public static final String NAME = "lstm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Block build(NetworkSettings s, int points) {
        int patch = Math.max(1, s.patch());
        if (points % patch != 0) throw new IllegalArgumentException(points + " points do not cut into steps of " + patch);
        int steps = points / patch;
        SequentialBlock net = new SequentialBlock();
        net.add(LambdaBlock.singleton(x -> x.reshape(x.getShape().get(0), steps, patch), "steps"));
        if (s.bidirectional()) {
            net.add(new ParallelBlock(outs -> new NDList(NDArrays.concat(new NDList(outs.stream().map(NDList::singletonOrThrow)
                    .toList()), 1)), List.of(oneWay(s, false), oneWay(s, true))));
        } else {
            // a concat of one array cuts the gradient to that branch, which then never trains (EveryParameterLearnsTest)
            net.add(oneWay(s, false));
        }
        net.add(Dropout.builder().optRate(s.dropout()).build());
        net.add(Linear.builder().setUnits(1).build());
        return net;
    }

    private static Block oneWay(NetworkSettings s, boolean reversed) {
        SequentialBlock b = new SequentialBlock();
        // get(0): DJL's LSTM appends its initial states to the list it is given, which ParallelBlock shares
        if (reversed) b.add(new LambdaBlock(in -> new NDList(in.get(0).flip(1)), "reverse"));
        b.add(LSTM.builder().setStateSize(s.hidden()).setNumLayers(s.layers()).optBatchFirst(true).optReturnState(false).build());
        // the LSTM may hand back its states after the sequence: only the sequence is read
        b.add(new LambdaBlock(out -> new NDList(lastStep(out.get(0))), "last-step"));
        return b;
    }

    private static NDArray lastStep(NDArray seq) {
        return seq.get(":, -1, :");
    }
}
