package org.lyrae.ml.fourier;

/**
 * Generalised (floating-mean, weighted) multi-harmonic Lomb–Scargle periodogram.
 *
 * <p>Per frequency, the model A0 + Σ_{k≤H} [a_k sin kx + b_k cos kx] is fitted by its (2H+1) normal equations.
 * Every entry is a weighted sum of sin mx or cos mx for m ≤ 2H (products of harmonics reduce to single
 * harmonics), so each point contributes 4H + 2H sums per frequency. The points'
 * e^{iωt} are carried across the grid by one complex rotation per step (e^{iΔω t}) instead of trigonometric
 * calls, and re-seeded exactly every {@link #RESEED} steps so that rounding cannot build up.
 *
 * <p>The point loop is written out for the largest allowed H (3: sums up to the 6th harmonic) with every sum
 * in a local variable, so that the 18 running sums stay in registers and form independent add chains;
 * smaller H simply leave some sums unused.
 */
final class MultiHarmonicPeriodogram {

    static final int RESEED = 256;
    static final int MAX_HARMONICS = 3;

    private MultiHarmonicPeriodogram() {
    }

    /**
     * Power at {@code count} frequencies from {@code minFrequency} in steps of {@code step} (cycles/day).
     */
    static Periodogram compute(Observations obs, double minFrequency, double step, int count, int harmonics) {
        if (harmonics < 1 || harmonics > MAX_HARMONICS) {
            throw new IllegalArgumentException("harmonics must be 1.." + MAX_HARMONICS);
        }
        int n = obs.size();
        double[] w = new double[n];
        double[] wy = new double[n];
        double sw = 0;
        for (int i = 0; i < n; i++) {
            sw += obs.weight[i];
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            w[i] = obs.weight[i] / sw;
            mean += w[i] * obs.dy[i];
        }
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double y = obs.dy[i] - mean;  // centred with these weights: Σ w y = 0
            wy[i] = w[i] * y;
            yy += wy[i] * y;
        }
        double[] cos = new double[n];
        double[] sin = new double[n];
        double[] cosStep = new double[n];
        double[] sinStep = new double[n];
        for (int i = 0; i < n; i++) {
            double d = 2 * Math.PI * step * obs.tau[i];
            cosStep[i] = Math.cos(d);
            sinStep[i] = Math.sin(d);
        }
        int p = 2 * harmonics + 1;
        double[] cm = new double[2 * MAX_HARMONICS + 1];   // Σ w cos(jx), j = 0…6
        double[] sm = new double[2 * MAX_HARMONICS + 1];   // Σ w sin(jx)
        double[] yc = new double[MAX_HARMONICS + 1];       // Σ w y cos(kx)
        double[] ys = new double[MAX_HARMONICS + 1];       // Σ w y sin(kx)
        double[] normal = new double[p * p];
        double[] rhs = new double[p];
        double[] z = new double[p];
        double[] power = new double[count];
        for (int f = 0; f < count; f++) {
            if (f % RESEED == 0) {
                double omega = 2 * Math.PI * (minFrequency + f * step);
                for (int i = 0; i < n; i++) {
                    cos[i] = Math.cos(omega * obs.tau[i]);
                    sin[i] = Math.sin(omega * obs.tau[i]);
                }
            }
            double c1s = 0, s1s = 0, c2s = 0, s2s = 0, c3s = 0, s3s = 0;
            double c4s = 0, s4s = 0, c5s = 0, s5s = 0, c6s = 0, s6s = 0;
            double yc1 = 0, ys1 = 0, yc2 = 0, ys2 = 0, yc3 = 0, ys3 = 0;
            for (int i = 0; i < n; i++) {
                double c1 = cos[i];
                double s1 = sin[i];
                double c2 = c1 * c1 - s1 * s1;
                double s2 = 2 * c1 * s1;
                double c3 = c2 * c1 - s2 * s1;
                double s3 = s2 * c1 + c2 * s1;
                double c4 = c2 * c2 - s2 * s2;
                double s4 = 2 * c2 * s2;
                double c5 = c4 * c1 - s4 * s1;
                double s5 = s4 * c1 + c4 * s1;
                double c6 = c3 * c3 - s3 * s3;
                double s6 = 2 * c3 * s3;
                double wi = w[i];
                double wyi = wy[i];
                c1s += wi * c1;
                s1s += wi * s1;
                c2s += wi * c2;
                s2s += wi * s2;
                c3s += wi * c3;
                s3s += wi * s3;
                c4s += wi * c4;
                s4s += wi * s4;
                c5s += wi * c5;
                s5s += wi * s5;
                c6s += wi * c6;
                s6s += wi * s6;
                yc1 += wyi * c1;
                ys1 += wyi * s1;
                yc2 += wyi * c2;
                ys2 += wyi * s2;
                yc3 += wyi * c3;
                ys3 += wyi * s3;
                cos[i] = c1 * cosStep[i] - s1 * sinStep[i];
                sin[i] = s1 * cosStep[i] + c1 * sinStep[i];
            }
            cm[1] = c1s;
            cm[2] = c2s;
            cm[3] = c3s;
            cm[4] = c4s;
            cm[5] = c5s;
            cm[6] = c6s;
            sm[1] = s1s;
            sm[2] = s2s;
            sm[3] = s3s;
            sm[4] = s4s;
            sm[5] = s5s;
            sm[6] = s6s;
            yc[1] = yc1;
            yc[2] = yc2;
            yc[3] = yc3;
            ys[1] = ys1;
            ys[2] = ys2;
            ys[3] = ys3;
            power[f] = explainedVariance(cm, sm, yc, ys, harmonics, normal, rhs, z) / yy;
        }
        return new Periodogram(minFrequency, step, power);
    }

    /**
     * Weighted variance explained, bᵀA⁻¹b, from the harmonic sums (Σw = 1, Σwy = 0).
     * Basis order: [1, cos x, sin x, cos 2x, sin 2x, …].
     */
    private static double explainedVariance(double[] cm, double[] sm, double[] yc, double[] ys, int harmonics,
                                            double[] normal, double[] rhs, double[] z) {
        int p = 2 * harmonics + 1;
        cm[0] = 1;
        sm[0] = 0;
        normal[0] = 1;
        rhs[0] = 0;
        for (int j = 1; j <= harmonics; j++) {
            int cj = 2 * j - 1;
            int sj = 2 * j;
            rhs[cj] = yc[j];
            rhs[sj] = ys[j];
            normal[cj * p] = cm[j];
            normal[sj * p] = sm[j];
            for (int k = 1; k <= j; k++) {
                int ck = 2 * k - 1;
                int sk = 2 * k;
                double cMinus = cm[j - k];
                double sMinus = sm[j - k];
                normal[cj * p + ck] = 0.5 * (cMinus + cm[j + k]);   // cos jx cos kx
                normal[sj * p + sk] = 0.5 * (cMinus - cm[j + k]);   // sin jx sin kx
                normal[sj * p + ck] = 0.5 * (sm[j + k] + sMinus);   // sin jx cos kx
                if (k < j) {
                    normal[cj * p + sk] = 0.5 * (sm[j + k] - sMinus);   // cos jx sin kx
                }
            }
        }
        double explained = Cholesky.inverseQuadraticForm(normal, p, rhs, z, 1e-12);
        return Double.isNaN(explained) ? 0 : explained;
    }
}
