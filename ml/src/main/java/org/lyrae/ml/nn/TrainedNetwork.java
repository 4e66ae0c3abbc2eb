package org.lyrae.ml.nn;

/**
 * One network as trained: its parameters (DJL's own format), the scaling it was trained with, and
 * how training went.
 *
 * @param parameters          the parameters at the best validation epoch
 * @param scaling             input and label scaling of its training curves
 * @param bestEpoch           the epoch kept (1-based)
 * @param epochsRun           epochs run before early stopping
 * @param validationRmse      RMSE on its early-stopping curves at the best epoch, dex
 * @param secondsPerEpoch     mean wall time of one epoch
 */
public record TrainedNetwork(byte[] parameters, Scaling scaling, int bestEpoch, int epochsRun, double validationRmse,
                             double secondsPerEpoch) {
}
