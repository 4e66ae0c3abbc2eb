/**
 * Calibration data for the [Fe/H] relations: the spectroscopic stars and their combined [Fe/H]
 * ({@link org.lyrae.ml.calib.SpectroscopicStars}, {@link org.lyrae.ml.calib.SpectroscopicMetallicity}),
 * and the training samples built from them by documented, logged cuts
 * ({@link org.lyrae.ml.calib.CalibrationSamples}, {@link org.lyrae.ml.calib.CutLog}).
 */
package org.lyrae.ml.calib;
