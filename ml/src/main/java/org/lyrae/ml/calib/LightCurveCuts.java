package org.lyrae.ml.calib;

import java.util.Locale;
import java.util.stream.Collectors;

/** The light-curve quality and period cuts both bands share, in the order they are logged. */
final class LightCurveCuts {

    private LightCurveCuts() {
    }

    static CutChain quality(CutChain chain, QualityCuts cuts) {
        String flags = cuts.rejectedFlags().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return chain
                .curve(String.format(Locale.ROOT, "at least %d epochs in the fit", cuts.minPoints()),
                        (s, f) -> f.points() >= cuts.minPoints())
                .curve(String.format(Locale.ROOT, "phase coverage ≥ %.2f", cuts.minPhaseCoverage()),
                        (s, f) -> f.phaseCoverage() >= cuts.minPhaseCoverage())
                .curve(String.format(Locale.ROOT, "amplitude S/N ≥ %.0f", cuts.minSignalToNoise()),
                        (s, f) -> f.signalToNoise() >= cuts.minSignalToNoise())
                .curve(String.format(Locale.ROOT, "Fourier order ≥ %d (R31, φ31 defined)", cuts.minOrder()),
                        (s, f) -> f.order() >= cuts.minOrder())
                .curve("no fit flag among " + flags + " (our own fits only)",
                        (s, f) -> f.flags().stream().noneMatch(cuts.rejectedFlags()::contains))
                .curve("finite period and φ31, each with a finite positive error",
                        (s, f) -> usable(f.period().value(), f.period().error()) && usable(f.phi31().value(), f.phi31().error()))
                .curve(String.format(Locale.ROOT, "φ31 error ≤ %.2f rad", cuts.maxPhi31Error()),
                        (s, f) -> f.phi31().error() <= cuts.maxPhi31Error());
    }

    static CutChain periodRange(CutChain chain, QualityCuts cuts, String type) {
        double[] range = cuts.periodRange(type);
        return chain.curve(String.format(Locale.ROOT, "%s period in [%.2f, %.2f] d", type, range[0], range[1]),
                (s, f) -> f.period().value() >= range[0] && f.period().value() <= range[1]);
    }

    private static boolean usable(double value, double error) {
        return Double.isFinite(value) && Double.isFinite(error) && error > 0;
    }
}
