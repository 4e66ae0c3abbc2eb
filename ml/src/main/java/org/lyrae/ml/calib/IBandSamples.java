package org.lyrae.ml.calib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ground-based sample of one pulsation type: CHR and LIT stars with the lcfit parameters of their
 * own light curves from the CHR/LIT files. Those curves are all I band (ASAS I, Monson+2017 I, OGLE I,
 * Konkoly I for RR Gem; see {@link GroundPhotometry}), so this is the I-band sample.
 *
 * <p>A star with several fits (BO_Gru: two fits of one ASAS curve) uses the one of highest S/N that
 * survives the cuts (lcfit's own rule for choosing between datasets).
 *
 * <p>Cuts, in order: type (Blazhko stars kept, flagged); [Fe/H] known; a ground-based fit in the files;
 * an ASAS curve's designation lies within {@link QualityCuts#curveMatchArcsec()} of the star (the CHR
 * file links BN_Aqr, at δ = −7°, to BO_Gru's curve at δ = −44°); each curve used by one star only; the
 * light-curve quality cuts of {@link QualityCuts}; period range of the type.
 */
final class IBandSamples {

    private IBandSamples() {
    }

    static CalibrationSample build(List<SpectroscopicStar> stars, String type, QualityCuts cuts) {
        String name = "I " + type;
        List<CutChain.Candidate> start = new ArrayList<>();
        for (SpectroscopicStar s : stars) {
            if (!type.equals(s.type())) continue;
            List<FourierFeatures> sources = s.photometry().stream()
                    .sorted(Comparator.comparingDouble(GroundPhotometry::signalToNoise).reversed())
                    .map(FourierFeatures::fromGround).toList();
            start.add(new CutChain.Candidate(s, sources));
        }
        CutChain chain = new CutChain(name, "spectroscopic stars (CHR + LIT) of type " + type + ", Blazhko stars included", start)
                .star("[Fe/H] and a positive error known", c -> Double.isFinite(c.star().feh()) && c.star().fehError() > 0)
                .star("ground-based (I-band) Fourier parameters in the CHR/LIT files", c -> !c.sources().isEmpty())
                .curve(String.format(Locale.ROOT, "an ASAS curve's designation within %.0f″ of the star (other ids carry no position)",
                        cuts.curveMatchArcsec()), (s, f) -> nearStar(s, f, cuts.curveMatchArcsec()))
                .uniqueCurves("each light curve used by one star only");
        LightCurveCuts.quality(chain, cuts);
        LightCurveCuts.periodRange(chain, cuts, type);
        return SampleAssembler.assemble(name, GroundPhotometry.BAND, type, chain);
    }

    private static boolean nearStar(SpectroscopicStar s, FourierFeatures f, double arcsec) {
        double[] p = "asas".equals(f.origin()) ? AsasDesignation.position(f.curveId()) : null;
        return p == null || Sky.separationArcsec(s.ra(), s.dec(), p[0], p[1]) <= arcsec;
    }
}
