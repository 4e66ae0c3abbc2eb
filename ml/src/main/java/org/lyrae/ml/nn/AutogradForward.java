package org.lyrae.ml.nn;

import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Forward passes for prediction with PyTorch's autograd switched on for the calling thread (PyTorch's
 * grad mode is per thread). With autograd off, PyTorch 2.7.1 on the CPU runs its LSTM through another
 * kernel whose outputs are wrong (they disagree with a plain implementation of the LSTM equations,
 * see LstmKernelTest), so every prediction, at training time and after, goes through here. Dropout
 * stays off: that is the forward's {@code training} flag, not autograd. The cost is the graph kept
 * until the caller's NDManager closes, which is why predictions run in bounded batches.
 */
final class AutogradForward {
    private AutogradForward() {
    }

    static <T> T run(Supplier<T> forward) {
        boolean was = JniUtils.isGradMode();
        if (!was) JniUtils.setGradMode(true);
        try {
            return forward.get();
        } finally {
            if (!was) JniUtils.setGradMode(false);
        }
    }
}
