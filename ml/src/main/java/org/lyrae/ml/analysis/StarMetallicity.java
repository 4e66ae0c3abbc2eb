package org.lyrae.ml.analysis;

import java.util.Map;

/**
 * [Fe/H] of one star from each model and adopted, with the type the models were chosen for and
 * the version of the models.
 *
 * @param type     {@code RRab} or {@code RRc}
 * @param typeRule how the type was decided (e.g. {@code period < 0.4 d})
 * @param version  the models' version
 * @param byModel  model name → {value, σ}; a model that could not run has NaN
 * @param flags    model name (and {@code adopted}) → flag, absent when there is nothing to say
 * @param adopted  {value, σ} by the adoption rule
 */
public record StarMetallicity(String type, String typeRule, String version, Map<String, double[]> byModel,
                              Map<String, String> flags, double[] adopted) {
}
