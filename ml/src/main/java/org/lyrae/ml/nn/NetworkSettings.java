package org.lyrae.ml.nn;

/**
 * How a light-curve network is built and trained. One record for both architectures; the fields an
 * architecture does not use are ignored by it (the LSTM has no heads, the Transformer no direction).
 *
 * @param architecture        {@code lstm} or {@code transformer}
 * @param hidden              LSTM state size per direction, or the Transformer's embedding size
 * @param layers              stacked LSTM layers or Transformer encoder blocks
 * @param bidirectional       LSTM: read the curve both ways (two one-way LSTMs, the second on the reversed curve)
 * @param heads               Transformer: attention heads
 * @param patch               phase points per LSTM step or Transformer token (64 points in patches of 4 = 16 steps)
 * @param dropout             dropout before the regression head (and inside the Transformer blocks)
 * @param batchSize           curves per gradient step
 * @param learningRate        Adam step size
 * @param weightDecay         L2 penalty of Adam
 * @param maxEpochs           upper limit of passes over the training curves
 * @param patience            early stopping: epochs without a better validation RMSE before stopping
 * @param validationFraction  part of each training fold held out for early stopping
 * @param densityWeighting    weight stars by 1/(density of their label), so that the rare metal-rich and
 *                            metal-poor ends count as much as the crowded middle
 * @param folds               k of the k-fold cross-validation; the k fold models are the ensemble
 * @param seed                seed of the folds, the shuffling and the weight initialisation
 */
public record NetworkSettings(String architecture, int hidden, int layers, boolean bidirectional, int heads, int patch,
                              float dropout, int batchSize, float learningRate, float weightDecay, int maxEpochs, int patience,
                              double validationFraction, boolean densityWeighting, int folds, long seed) {

    public static NetworkSettings lstm() {
        // one-way: 10-fold CV RMSE 0.416 against 0.413 both ways (fold-by-fold difference 0.003 ± 0.004
        // dex, within one standard error) at less than half the cost per epoch; see docs/architecture.md
        return new NetworkSettings(LstmArchitecture.NAME, 32, 1, false, 0, 4, 0.1f, 64, 2e-3f, 1e-5f, 150, 15, 0.1, false, 10,
                20261203L);
    }

    public static NetworkSettings transformer() {
        return new NetworkSettings(TransformerArchitecture.NAME, 32, 2, false, 4, 4, 0.1f, 64, 1e-3f, 1e-5f, 150, 15, 0.1, false,
                10, 20261203L);
    }

    public static NetworkSettings defaults(String architecture) {
        return switch (architecture) {
            case LstmArchitecture.NAME -> lstm();
            case TransformerArchitecture.NAME -> transformer();
            default -> throw new IllegalArgumentException("no network '" + architecture + "': use lstm or transformer");
        };
    }

    public NetworkSettings withEpochs(int max, int patienceEpochs) {
        return new NetworkSettings(architecture, hidden, layers, bidirectional, heads, patch, dropout, batchSize, learningRate,
                weightDecay, max, patienceEpochs, validationFraction, densityWeighting, folds, seed);
    }

    public NetworkSettings withFolds(int k) {
        return new NetworkSettings(architecture, hidden, layers, bidirectional, heads, patch, dropout, batchSize, learningRate,
                weightDecay, maxEpochs, patience, validationFraction, densityWeighting, k, seed);
    }

    public NetworkSettings withSize(int hiddenSize, int layerCount) {
        return new NetworkSettings(architecture, hiddenSize, layerCount, bidirectional, heads, patch, dropout, batchSize, learningRate,
                weightDecay, maxEpochs, patience, validationFraction, densityWeighting, folds, seed);
    }

    public NetworkSettings withBidirectional(boolean both) {
        return new NetworkSettings(architecture, hidden, layers, both, heads, patch, dropout, batchSize, learningRate,
                weightDecay, maxEpochs, patience, validationFraction, densityWeighting, folds, seed);
    }

    public NetworkSettings withDensityWeighting(boolean on) {
        return new NetworkSettings(architecture, hidden, layers, bidirectional, heads, patch, dropout, batchSize, learningRate,
                weightDecay, maxEpochs, patience, validationFraction, on, folds, seed);
    }

    public NetworkSettings withLearningRate(float lr) {
        return new NetworkSettings(architecture, hidden, layers, bidirectional, heads, patch, dropout, batchSize, lr,
                weightDecay, maxEpochs, patience, validationFraction, densityWeighting, folds, seed);
    }

    public NetworkSettings withSeed(long s) {
        return new NetworkSettings(architecture, hidden, layers, bidirectional, heads, patch, dropout, batchSize, learningRate,
                weightDecay, maxEpochs, patience, validationFraction, densityWeighting, folds, s);
    }

    public NetworkArchitecture architectureImpl() {
        return NetworkArchitecture.named(architecture);
    }
}
