package org.lyrae.ml.feh;

import java.util.List;
import java.util.Map;

/**
 * Out-of-fold predictions averaged over the cross-validation repeats, star by star: what the
 * validation plots show (predicted against spectroscopic, residuals against [Fe/H] and period).
 */
public record OutOfFold(List<String> ids, double[] truth, double[] period, Map<String, double[]> predicted) {
}
