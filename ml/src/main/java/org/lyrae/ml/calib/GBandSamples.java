package org.lyrae.ml.calib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lyrae.ml.fourier.PhaseConvention;

/**
 * The Gaia G-band sample of one pulsation type: CHR stars (the only ones with a Gaia id) joined by
 * source_id to our fits of the raw DR3 epochs and to the lcfit G parameters.
 *
 * <p>When a star has both, our own fit is preferred: it is the estimator the service applies to
 * users' light curves, so training on it keeps train and application features alike, and it has
 * covariance errors rather than estimated ones. lcfit's parameters are used where there is no raw
 * curve or our fit fails a cut; such fallbacks and any disagreement beyond 3σ in φ31 (or beyond the
 * period tolerance) between the two are noted in the cut log.
 *
 * <p>Cuts, in order: type (Blazhko stars kept, flagged); [Fe/H] known; Gaia id known; a G light curve
 * exists; its period agrees with the ground-based period where the files give one (alias check); the
 * light-curve quality cuts of {@link QualityCuts}; period range of the type; each light curve used by
 * one star only.
 */
final class GBandSamples {

    private GBandSamples() {
    }

    static CalibrationSample build(List<SpectroscopicStar> stars, GaiaEpochFits epochFits,
                                   Map<Long, FourierFeatures> lcfit, String type, QualityCuts cuts) {
        String name = "G " + type;
        List<CutChain.Candidate> start = new ArrayList<>();
        Set<Long> joined = new HashSet<>();
        for (SpectroscopicStar s : stars) {
            if (!type.equals(s.type())) continue;
            List<FourierFeatures> sources = new ArrayList<>();
            if (s.gaiaId() != null) {
                if (epochFits.fits().containsKey(s.gaiaId())) sources.add(epochFits.fits().get(s.gaiaId()));
                if (lcfit.containsKey(s.gaiaId())) sources.add(lcfit.get(s.gaiaId()));
                joined.add(s.gaiaId());
            }
            start.add(new CutChain.Candidate(s, sources));
        }
        CutChain chain = new CutChain(name, "spectroscopic stars (CHR + LIT) of type " + type + ", Blazhko stars included", start)
                .star("[Fe/H] and a positive error known", c -> Double.isFinite(c.star().feh()) && c.star().fehError() > 0)
                .star("Gaia DR2 source_id known (CHR stars; LIT gives none)", c -> c.star().gaiaId() != null)
                .star("a G light curve joined by source_id: raw DR3 epochs (our fit) or lcfit G parameters",
                        c -> !c.sources().isEmpty());
        for (String failure : epochFits.failures()) chain.note("DR3 curve not fitted: " + failure);
        chain.curve(String.format(Locale.ROOT, "G period within %.1f%% of the ground-based period (where known): no alias",
                        100 * cuts.periodTolerance()),
                (s, f) -> Double.isNaN(s.period()) || Math.abs(f.period().value() - s.period()) <= cuts.periodTolerance() * s.period());
        LightCurveCuts.quality(chain, cuts);
        LightCurveCuts.periodRange(chain, cuts, type);
        chain.uniqueCurves("each light curve used by one star only");
        for (CutChain.Candidate c : chain.candidates()) compareSources(chain, c, cuts);
        return SampleAssembler.assemble(name, "G", type, chain);
    }

    /** Notes where our fit and lcfit, both surviving, disagree. */
    private static void compareSources(CutChain chain, CutChain.Candidate c, QualityCuts cuts) {
        if (c.sources().size() < 2) return;
        FourierFeatures a = c.sources().get(0), b = c.sources().get(1);
        double dp = Math.abs(a.period().value() - b.period().value()) / b.period().value();
        double dphi = PhaseConvention.angularDistance(a.phi31().value(), b.phi31().value());
        double sigma = Math.hypot(a.phi31().error(), b.phi31().error());
        if (dp > cuts.periodTolerance() || dphi > 3 * sigma) {
            chain.note(String.format(Locale.ROOT, "%s: %s P %.6f φ31 %.3f±%.3f vs %s P %.6f φ31 %.3f±%.3f (used the first)",
                    c.star().name(), a.origin(), a.period().value(), a.phi31().value(), a.phi31().error(), b.origin(),
                    b.period().value(), b.phi31().value(), b.phi31().error()));
        }
    }
}
