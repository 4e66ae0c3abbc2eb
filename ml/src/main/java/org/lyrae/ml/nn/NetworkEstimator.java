package org.lyrae.ml.nn;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.ml.feh.CurveShape;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.MetallicityEstimator;

/**
 * A light-curve network as trained by k-fold cross-validation: the k fold networks are an ensemble;
 * the value is their mean and σ² = σ₀² + s², with s the spread of the k predictions for this star
 * (large where the curve is unlike the training curves) and σ₀² the out-of-fold mean squared error
 * minus the mean spread² (calibrated, see {@link NetworkCrossValidation}). Reads
 * {@link FeatureTable#curves()}; a star without a usable curve gets NaN and {@code MISSING_FEATURE},
 * one whose amplitude is outside the training curves' range {@code OUT_OF_RANGE}.
 *
 * @param name         {@code lstm} or {@code transformer}
 * @param settings     how the networks were built and trained
 * @param points       curve length ({@link CurveShape#POINTS} at training)
 * @param members      the fold networks
 * @param baseSigma    σ₀, dex
 * @param amplitudeMin smallest peak-to-peak amplitude among the training curves, mag
 * @param amplitudeMax largest
 */
public record NetworkEstimator(String name, NetworkSettings settings, int points, List<TrainedNetwork> members, double baseSigma,
                               double amplitudeMin, double amplitudeMax) implements MetallicityEstimator {

    /** What {@link #features()} names: the whole curve shape. */
    public static final String CURVE = "curve_shape";

    private static final Map<NetworkEstimator, List<LoadedNetwork>> LOADED = Collections.synchronizedMap(new IdentityHashMap<>());
    private static volatile String devicePreference = "auto";

    public NetworkEstimator {
        members = List.copyOf(members);
    }

    /**
     * Where networks loaded from now on run: {@code auto}, {@code cpu} or {@code gpu} (see {@link Engines#device}).
     * Only the spelling is checked here, so that setting it does not load PyTorch; a missing GPU shows
     * at the first prediction (call {@link Engines#device} to check at once).
     */
    public static void useDevice(String preference) {
        String p = preference == null ? "auto" : preference.strip().toLowerCase(java.util.Locale.ROOT);
        if (!p.equals("auto") && !p.equals("cpu") && !p.equals("gpu")) {
            throw new IllegalArgumentException("device '" + preference + "': use auto, cpu or gpu");
        }
        devicePreference = p;
    }

    @Override
    public List<String> features() {
        return List.of(CURVE);
    }

    @Override
    public Estimates predict(FeatureTable x) {
        int n = x.rows();
        double[] feh = new double[n];
        double[] sigma = new double[n];
        String[] flags = new String[n];
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] c = x.curve(i);
            if (c == null || c.length != points || !CurveShape.usable(c)) {
                feh[i] = Double.NaN;
                sigma[i] = Double.NaN;
                flags[i] = "MISSING_FEATURE";
                continue;
            }
            double amp = CurveShape.amplitude(c);
            if (amp < amplitudeMin || amp > amplitudeMax) flags[i] = "OUT_OF_RANGE";
            rows.add(i);
        }
        if (rows.isEmpty()) return new Estimates(feh, sigma, flags);
        float[][] curves = new float[rows.size()][];
        for (int r = 0; r < rows.size(); r++) curves[r] = x.curve(rows.get(r));
        double[][] ens = ensemble(curves);
        for (int r = 0; r < rows.size(); r++) {
            feh[rows.get(r)] = ens[0][r];
            sigma[rows.get(r)] = Math.sqrt(baseSigma * baseSigma + ens[1][r] * ens[1][r]);
        }
        return new Estimates(feh, sigma, flags);
    }

    /** {mean, spread} over the members of each curve's prediction. */
    double[][] ensemble(float[][] curves) {
        List<LoadedNetwork> nets = loaded();
        int n = curves.length;
        double[][] each = new double[nets.size()][];
        for (int k = 0; k < nets.size(); k++) each[k] = nets.get(k).predict(curves);
        return meanAndSpread(each, n);
    }

    static double[][] meanAndSpread(double[][] each, int n) {
        double[] mean = new double[n];
        double[] spread = new double[n];
        int k = each.length;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (double[] e : each) s += e[i];
            double m = s / k;
            double v = 0;
            for (double[] e : each) v += (e[i] - m) * (e[i] - m);
            mean[i] = m;
            spread[i] = k > 1 ? Math.sqrt(v / (k - 1)) : 0;
        }
        return new double[][] {mean, spread};
    }

    private List<LoadedNetwork> loaded() {
        return LOADED.computeIfAbsent(this, e -> {
            Device d = Engines.device(devicePreference);
            List<LoadedNetwork> out = new ArrayList<>();
            for (TrainedNetwork t : e.members()) out.add(LoadedNetwork.load(e.settings(), e.points(), t, d));
            return out;
        });
    }
}
