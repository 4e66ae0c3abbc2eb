package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training samples of the [Fe/H] relations, rebuilt from the shared data by code (no hand-made
 * tables): spectroscopic [Fe/H] of {@link SpectroscopicStars} as the target, Fourier features from
 * <ul>
 *   <li><b>G band</b> (primary): our {@code LightCurveAnalyzer} fits of the raw Gaia DR3 epochs, else the
 *       lcfit G parameters ({@link GBandSamples});</li>
 *   <li><b>I band</b> (secondary): the ground-based fits in the CHR/LIT files ({@link IBandSamples}).</li>
 * </ul>
 * RRab and RRc are separate samples (their relations differ); Blazhko stars are kept and flagged; RRd and
 * non-RR Lyrae objects are excluded (a double-mode star's dominant-mode Fourier parameters follow neither
 * relation; the files hold no RRd anyway). Every cut, its threshold and the stars left after it are in
 * each sample's {@link CutLog}.
 *
 * <p>The G RRc sample is empty with these data: every spectroscopic star with a G light curve (raw DR3
 * epochs or lcfit G, which covers RRab only) is an RRab.
 */
public record CalibrationSamples(CalibrationSample gRrab, CalibrationSample gRrc, CalibrationSample iRrab,
                                 CalibrationSample iRrc) {

    /** {@link #build(Path, QualityCuts)} with {@link QualityCuts#defaults()}. */
    public static CalibrationSamples build(Path dataDir) throws IOException {
        return build(dataDir, QualityCuts.defaults());
    }

    /** Reads the spectroscopic stars, fits the DR3 curves (about a second), and cuts the four samples. */
    public static CalibrationSamples build(Path dataDir, QualityCuts cuts) throws IOException {
        List<SpectroscopicStar> stars = SpectroscopicStars.read(dataDir);
        GaiaEpochFits fits = GaiaEpochFits.fitAll(dataDir);
        Map<Long, FourierFeatures> lcfit = GaiaLcfitParameters.read(dataDir);
        return new CalibrationSamples(
                GBandSamples.build(stars, fits, lcfit, SpectroscopicStar.RRAB, cuts),
                GBandSamples.build(stars, fits, lcfit, SpectroscopicStar.RRC, cuts),
                IBandSamples.build(stars, SpectroscopicStar.RRAB, cuts),
                IBandSamples.build(stars, SpectroscopicStar.RRC, cuts));
    }

    public List<CalibrationSample> all() {
        return List.of(gRrab, gRrc, iRrab, iRrc);
    }

    /** Every sample's cut log and summary, for a report. */
    public String report() {
        StringBuilder s = new StringBuilder();
        for (CalibrationSample c : all()) s.append(c.cutLog().format()).append("  ").append(c.summary()).append("\n\n");
        return s.toString();
    }
}
