package org.lyrae.ml.catalogue;

/**
 * Distances of RR Lyrae stars from [Fe/H] and the intensity-averaged mean magnitude, through an
 * absolute magnitude–metallicity relation M = slope·[Fe/H] + zeroPoint; shared by the catalogue and
 * the light-curve service so that both give the same distance for the same star.
 *
 * <p>μ = m − A − M (A: the extinction in the band when known, else 0 and the result says so),
 * d = 10^(μ/5 + 1) pc. Errors are propagated to first order, the relation's two coefficient errors
 * taken as independent (the paper gives no covariance):
 * σ_M² = ([Fe/H]·σ_slope)² + (slope·σ_[Fe/H])² + σ_zeroPoint²; σ_μ² = σ_m² + σ_A² + σ_M²;
 * σ_d = d·(ln 10 / 5)·σ_μ. A mean magnitude or extinction without an error counts as exact.
 */
public final class Distances {

    /**
     * A linear absolute magnitude–metallicity relation with its coefficients' standard errors.
     *
     * @param band      the photometric band of M and of the mean magnitudes it is used with
     * @param reference where it is published
     */
    public record Relation(String band, double slope, double slopeError, double zeroPoint, double zeroPointError,
                           String reference) {

        public double absoluteMagnitude(double feh) {
            return slope * feh + zeroPoint;
        }

        public double absoluteMagnitudeError(double feh, double fehError) {
            double a = feh * slopeError;
            double b = slope * fehError;
            return Math.sqrt(a * a + b * b + zeroPointError * zeroPointError);
        }

        /** "M_G = (0.32 ± 0.04)[Fe/H] + (1.11 ± 0.06) (reference)". */
        public String formula() {
            return String.format(java.util.Locale.ROOT, "M_%s = (%.2f ± %.2f)[Fe/H] + (%.2f ± %.2f) (%s)", band, slope, slopeError,
                    zeroPoint, zeroPointError, reference);
        }
    }

    /**
     * Gaia G band: M_G = (0.32 ± 0.04)[Fe/H] + (1.11 ± 0.06), Muraveva et al. 2018, MNRAS 481, 1195
     * ("RR Lyrae stars as standard candles in the Gaia Data Release 2 era"; hierarchical Bayesian fit
     * to Gaia DR2 parallaxes of Milky Way field RR Lyrae). Their abstract's M_G = 0.63 ± 0.08 mag at
     * [Fe/H] = −1.5 is this relation at that metallicity (0.32·(−1.5) + 1.11 = 0.63).
     */
    public static final Relation MURAVEVA_2018_G =
            new Relation("G", 0.32, 0.04, 1.11, 0.06, "Muraveva et al. 2018, MNRAS 481, 1195");

    /**
     * A distance and how it was obtained.
     *
     * @param absoluteMagnitude     M from the relation
     * @param distanceModulus       μ = m − A − M
     * @param distanceKpc           10^(μ/5 + 1) pc, in kpc
     * @param extinctionCorrected   false when no extinction was known (A taken as 0: the distance is an
     *                              upper limit for a reddened star)
     */
    public record Distance(double absoluteMagnitude, double absoluteMagnitudeError, double distanceModulus,
                           double distanceModulusError, double distanceKpc, double distanceKpcError,
                           boolean extinctionCorrected) {

        static final Distance NONE = new Distance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);

        public boolean known() {
            return Double.isFinite(distanceKpc);
        }
    }

    private Distances() {
    }

    /**
     * The distance of a star, or NaNs when [Fe/H] or the mean magnitude is unknown. A NaN [Fe/H] error
     * gives the values with NaN errors.
     *
     * @param meanMag       intensity-averaged mean magnitude in the relation's band
     * @param extinction    extinction in that band, NaN when unknown (then not corrected)
     */
    public static Distance of(Relation relation, double feh, double fehError, double meanMag, double meanMagError,
                              double extinction, double extinctionError) {
        if (!Double.isFinite(feh)) return Distance.NONE;
        double m = relation.absoluteMagnitude(feh);
        double sm = relation.absoluteMagnitudeError(feh, fehError);
        if (!Double.isFinite(meanMag)) return new Distance(m, sm, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        boolean corrected = Double.isFinite(extinction);
        double a = corrected ? extinction : 0;
        double sa = corrected && Double.isFinite(extinctionError) ? extinctionError : 0;
        double sg = Double.isFinite(meanMagError) ? meanMagError : 0;
        double mu = meanMag - a - m;
        double smu = Math.sqrt(sg * sg + sa * sa + sm * sm);
        double dKpc = Math.pow(10, mu / 5 + 1) / 1000;
        double sd = dKpc * Math.log(10) / 5 * smu;
        return new Distance(m, sm, mu, smu, dKpc, sd, corrected);
    }
}
