package org.lyrae.ml.nn;

import java.util.List;
import org.lyrae.ml.select.Metrics;

/**
 * A trained light-curve network as saved: the ensemble, how it was validated and on what. The
 * version names the network, band, day and data hash, so every value it produces says which
 * network made it.
 *
 * @param band      the band of the training curves ({@code G})
 * @param name      {@code lstm} or {@code transformer}
 * @param version   e.g. {@code lstm-G-20261203-1a2b3c4d}
 * @param dataHash  SHA-256 of the training ids, curves and labels
 * @param created   ISO-8601 time of training
 * @param engine    the engine and device it was trained with
 * @param sampleLog how the training sample was built, cut by cut, with counts
 * @param labels    what the labels are (e.g. photometric [Fe/H] from an I-band relation)
 * @param estimator the k fold networks, calibrated
 * @param metrics   out-of-fold metrics
 * @param constant  metrics of predicting the mean label (the floor to beat)
 * @param ids       training stars
 * @param truth     their labels
 * @param predicted their out-of-fold predictions
 * @param sigma     the σ quoted for each
 * @param folds     how each fold's network trained
 * @param seconds   wall time of training
 */
public record NetworkCalibration(String band, String name, String version, String dataHash, String created, String engine,
                                 List<String> sampleLog, String labels, NetworkEstimator estimator, Metrics metrics, Metrics constant,
                                 List<String> ids, double[] truth, double[] predicted, double[] sigma,
                                 List<NetworkCrossValidation.FoldSummary> folds, double seconds) {
}
