package org.lyrae.ml.xgb;

import java.io.IOException;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.lyrae.ml.select.Prediction;
import org.lyrae.ml.select.Regressor;

/**
 * A trained XGBoost regression model (XGBoost4J, native library bundled in its jar).
 *
 * <p>Two kinds: {@link #train} fits the mean (squared error); {@link #trainWithSigma} fits the
 * 15.87, 50 and 84.13 percentiles (±1 sigma of a Gaussian) in one booster with XGBoost's
 * {@code reg:quantileerror} objective, predicts the median and gives sigma = (q84 - q16) / 2. We
 * chose quantiles over a bootstrap ensemble because one model gives both, it captures the scatter
 * of the calibration stars about the relation (which a bootstrap of the mean does not), and its
 * cost is three tree sequences instead of tens of models. Quantiles are fitted independently and
 * may cross; sigma is then taken from the sorted quantiles and is never negative.
 *
 * <p>Quantiles fitted to a few hundred stars are too narrow for new stars (in synthetic trials, 41-58% of
 * out-of-fold errors within ±sigma at 150-300 rows instead of 68%), and the median converges more
 * slowly than the mean under the same parameters. So: calibrate with {@link #scaleSigma} from a
 * cross-validation (which brings new stars to about 72-75% within ±sigma: slightly conservative,
 * as the final model is fitted to all rows and the cross-validated ones to 80% of them), and
 * prefer the squared-error model ({@link #train}) for the point estimate where accuracy matters most.
 *
 * <p>Features are passed to XGBoost as 32-bit floats; NaN means missing, which the trees handle.
 * Prediction uses XGBoost's in-place prediction on one flat array (no DMatrix), on one thread.
 * With the same parameters and seed, training gives the same model byte for byte.
 * Close the model to free its native memory at once rather than at garbage collection.
 */
public final class XgbRegressor implements Regressor.Fitted {
    /** Booster attribute naming the quantiles of a sigma model, stored with the model. */
    static final String QUANTILES_ATTR = "lyrae_quantiles";
    /** Booster attribute holding the factor applied to sigmas ({@link #scaleSigma}), stored with the model. */
    static final String SIGMA_SCALE_ATTR = "lyrae_sigma_scale";
    private static final String SIGMA_QUANTILES = "[0.15865525393145707,0.5,0.8413447460685429]";

    private final Booster booster;
    private final boolean withSigma;
    private volatile boolean closed;
    private volatile double sigmaScale;

    private XgbRegressor(Booster booster) throws XGBoostError {
        this.booster = booster;
        this.withSigma = booster.getAttr(QUANTILES_ATTR) != null;
        String scale = booster.getAttr(SIGMA_SCALE_ATTR);
        this.sigmaScale = scale == null ? 1 : Double.parseDouble(scale);
        booster.setParam("nthread", 1);
    }

    /** A model of the mean, trained by squared error. Weights may be null. */
    public static XgbRegressor train(double[][] x, double[] y, double[] weights, XgbParams params) {
        return train(x, y, weights, params, Map.of("objective", "reg:squarederror"));
    }

    /** A model of the median and the ±1-sigma percentiles, trained by quantile loss. Weights may be null. */
    public static XgbRegressor trainWithSigma(double[][] x, double[] y, double[] weights, XgbParams params) {
        return train(x, y, weights, params, Map.of("objective", "reg:quantileerror", "quantile_alpha", SIGMA_QUANTILES));
    }

    private static XgbRegressor train(double[][] x, double[] y, double[] weights, XgbParams params,
                                      Map<String, Object> objective) {
        if (x.length != y.length || (weights != null && weights.length != y.length)) {
            throw new IllegalArgumentException("rows: " + x.length + " features, " + y.length + " targets"
                + (weights == null ? "" : ", " + weights.length + " weights"));
        }
        int cols = columns(x);
        DMatrix train = null;
        try {
            train = new DMatrix(flatten(x, cols), x.length, cols, Float.NaN);
            train.setLabel(toFloat(y));
            if (weights != null) {
                train.setWeight(toFloat(weights));
            }
            Booster b = XGBoost.train(train, params.booster(objective), params.rounds(), Map.of(), null, null);
            if (objective.containsKey("quantile_alpha")) {
                b.setAttr(QUANTILES_ATTR, SIGMA_QUANTILES);
            }
            return new XgbRegressor(b);
        } catch (XGBoostError e) {
            throw new XgbException("XGBoost training failed", e);
        } finally {
            if (train != null) {
                train.dispose();
            }
        }
    }

    /** A model saved by {@link #toBytes()}, in this or another process. */
    public static XgbRegressor fromBytes(byte[] model) {
        try {
            return new XgbRegressor(XGBoost.loadModel(model));
        } catch (XGBoostError | IOException e) {
            throw new XgbException("cannot load XGBoost model", e);
        }
    }

    /** The model in XGBoost's own format (UBJSON): platform-independent, and loadable by later XGBoost versions. */
    public byte[] toBytes() {
        try {
            return open().toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new XgbException("cannot save XGBoost model", e);
        }
    }

    /**
     * Multiplies every sigma from now on by {@code scale}, and saves the factor with the model.
     * Quantiles fitted to a few hundred stars are too narrow out of sample; the factor that
     * corrects them is {@link org.lyrae.ml.select.CvResult#sigmaScale()} of a cross-validation of
     * the same training set with the same parameters.
     */
    public void scaleSigma(double scale) {
        if (!withSigma || !(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(withSigma ? "sigma scale must be positive and finite: " + scale
                : "this model gives no sigma to scale");
        }
        try {
            open().setAttr(SIGMA_SCALE_ATTR, Double.toString(scale));
        } catch (XGBoostError e) {
            throw new XgbException("cannot store the sigma scale", e);
        }
        sigmaScale = scale;
    }

    /** Whether {@link #predictWithSigma} gives sigmas. */
    public boolean hasSigma() {
        return withSigma;
    }

    /** The mean (or, for a sigma model, the median) for each row. */
    @Override
    public double[] predict(double[][] x) {
        return predictWithSigma(x).value();
    }

    /** Predictions with sigma = scale x (q84 - q16) / 2 for a sigma model; a null sigma otherwise. */
    @Override
    public Prediction predictWithSigma(double[][] x) {
        int cols = columns(x);
        float[][] out = predictFlat(flatten(x, cols), x.length, cols);
        double[] value = new double[x.length];
        double[] sigma = withSigma ? new double[x.length] : null;
        for (int i = 0; i < x.length; i++) {
            float[] q = out[i];
            if (withSigma) {
                float lo = Math.min(q[0], Math.min(q[1], q[2]));
                float hi = Math.max(q[0], Math.max(q[1], q[2]));
                value[i] = Math.max(Math.min(q[0], q[1]), Math.min(Math.max(q[0], q[1]), q[2]));
                sigma[i] = sigmaScale * ((double) hi - lo) / 2;
            } else {
                value[i] = q[0];
            }
        }
        return new Prediction(value, sigma);
    }

    /**
     * Raw booster outputs for rows given as one row-major float array (the fastest path, for
     * callers that already hold features as floats): one column, or the three quantiles as
     * fitted (unsorted, sigma scale not applied).
     */
    public float[][] predictFlat(float[] rowMajor, int rows, int cols) {
        if (rows == 0) {
            return new float[0][];
        }
        try {
            return open().inplace_predict(rowMajor, rows, cols, Float.NaN);
        } catch (XGBoostError e) {
            throw new XgbException("XGBoost prediction failed", e);
        }
    }

    /** The booster, unless closed: its native memory is gone then, and using it could crash the JVM. */
    private Booster open() {
        if (closed) {
            throw new IllegalStateException("the XGBoost model was closed");
        }
        return booster;
    }

    @Override
    public void close() {
        closed = true;
        booster.dispose();
    }

    private static int columns(double[][] x) {
        int cols = x.length == 0 ? 0 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, row 0 has " + cols);
            }
        }
        return cols;
    }

    private static float[] flatten(double[][] x, int cols) {
        float[] flat = new float[x.length * cols];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < cols; j++) {
                flat[i * cols + j] = (float) x[i][j];
            }
        }
        return flat;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
