package org.lyrae.ml.calib;

import java.util.EnumSet;
import java.util.Set;
import org.lyrae.ml.fourier.QualityFlag;

/**
 * The thresholds of the sample cuts, in one place so a report can print them and a study can vary them.
 *
 * @param minPoints          fewest epochs in the fit (our core's FEW_POINTS threshold: below it the shape
 *                           parameters are loose)
 * @param minPhaseCoverage   least phase coverage (our LOW_COVERAGE threshold): gaps bias the harmonics
 * @param minSignalToNoise   least amplitude S/N (our LOW_SNR threshold)
 * @param minOrder           least Fourier order: φ31 and R31 need a third harmonic
 * @param maxPhi31Error      largest φ31 error, rad: beyond 0.5 rad, ±3σ covers more than half the circle, so
 *                           the value's branch is ambiguous and it carries little information (the RRab φ31
 *                           spread is itself ~0.5 rad)
 * @param rejectedFlags      our core's flags that reject a fit (its period or order is not to be trusted);
 *                           HIGH_REDUCED_CHI2 and ORDER_AT_LIMIT are not among them: nearly every bright
 *                           Gaia curve has them (flux errors are underestimated; sparse sampling caps the order)
 * @param periodTolerance    largest relative difference between a G period and the star's ground-based period,
 *                           where the files give one: catches aliases (V440_Sgr's lcfit G period 0.4289 d vs
 *                           0.4775 d) while real period changes over decades are ~1e-5
 * @param rrabMinPeriod      RRab period range, days: outside it a star is misclassified or peculiar
 *                           (TV_Lib, 0.2696 d, lies below the RRab–RRc transition)
 * @param rrabMaxPeriod      longest RRab period, days
 * @param rrcMinPeriod       RRc period range, days
 * @param rrcMaxPeriod       longest RRc period, days
 * @param curveMatchArcsec   an ASAS light curve's designation must lie this close to the star it is linked to
 *                           (designations truncate RA to 1 s, Dec to 0.1′)
 */
public record QualityCuts(int minPoints, double minPhaseCoverage, double minSignalToNoise, int minOrder,
                          double maxPhi31Error, Set<QualityFlag> rejectedFlags, double periodTolerance,
                          double rrabMinPeriod, double rrabMaxPeriod, double rrcMinPeriod, double rrcMaxPeriod,
                          double curveMatchArcsec) {

    public QualityCuts {
        rejectedFlags = Set.copyOf(rejectedFlags);
    }

    public static QualityCuts defaults() {
        return new QualityCuts(20, 0.7, 20, 3, 0.5,
                EnumSet.of(QualityFlag.ALIAS_AMBIGUOUS, QualityFlag.PERIOD_NOT_CONVERGED, QualityFlag.PERIOD_AT_EDGE,
                        QualityFlag.MANY_CLIPPED, QualityFlag.LOW_ORDER),
                1e-3, 0.30, 1.00, 0.20, 0.50, 60);
    }

    /** The period range of a pulsation type ({@code RRab} or {@code RRc}), days. */
    public double[] periodRange(String type) {
        return SpectroscopicStar.RRAB.equals(type) ? new double[] {rrabMinPeriod, rrabMaxPeriod}
                : new double[] {rrcMinPeriod, rrcMaxPeriod};
    }
}
