package org.lyrae.ml.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lyrae.ml.feh.CurveShape;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.PhaseWindows;
import org.lyrae.ml.fourier.Estimate;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.fourier.PhaseConvention;
import org.lyrae.ml.fourier.QualityFlag;

/**
 * One star as an input gives it, before metallicities, positions and distances are added: its id,
 * type, period and G-band Fourier parameters with errors. Unknown numbers are NaN; phases are in the
 * sine (lcfit) convention, wrapped to [0, 2π).
 */
public final class CatalogueStar {
    final long sourceId;
    final InputSource input;
    /** {@code RRab}, {@code RRc}, {@code RRd}; null when the input does not say. */
    String type;
    boolean typeFromPeriod;
    /** True when {@link #sourceId} is a Gaia DR2 source_id (not necessarily the DR3 one). */
    boolean dr2SourceId;
    /** Period of the mode the models use (pf for RRab, p1_o for RRc), days. */
    double period = Double.NaN;
    double periodError = Double.NaN;
    /** The first-overtone period of a double-mode star when the input gives both. */
    double overtonePeriod = Double.NaN;
    double overtonePeriodError = Double.NaN;
    Integer epochs;
    Integer order;
    double meanMag = Double.NaN;
    double meanMagError = Double.NaN;
    double intensityMeanMag = Double.NaN;
    double intensityMeanMagError = Double.NaN;
    double peakToPeak = Double.NaN;
    double peakToPeakError = Double.NaN;
    final double[] amplitude = {Double.NaN, Double.NaN, Double.NaN};
    final double[] amplitudeError = {Double.NaN, Double.NaN, Double.NaN};
    double r21 = Double.NaN;
    double r21Error = Double.NaN;
    double r31 = Double.NaN;
    double r31Error = Double.NaN;
    double phi21Sine = Double.NaN;
    double phi21Error = Double.NaN;
    double phi31Sine = Double.NaN;
    double phi31Error = Double.NaN;
    /** The curve shape the networks read ({@link CurveShape}, from the fit), or null for stars without a fit. */
    float[] curve;
    /** Light-curve fit warnings, comma-separated, or null. */
    String fitFlags;
    /** Position given by the input itself (degrees), NaN when it gives none. */
    double ra = Double.NaN;
    double dec = Double.NaN;
    double gaiaMetallicity = Double.NaN;
    double gaiaMetallicityError = Double.NaN;
    double gAbsorption = Double.NaN;
    double gAbsorptionError = Double.NaN;
    /** Catalogue flags the input already knows (e.g. NO_PERIOD). */
    final List<String> flags = new ArrayList<>(2);

    CatalogueStar(long sourceId, InputSource input) {
        this.sourceId = sourceId;
        this.input = input;
    }

    public long sourceId() {
        return sourceId;
    }

    public InputSource input() {
        return input;
    }

    /** The star's parameters from one of our Fourier fits. */
    static CatalogueStar fromFit(long sourceId, InputSource input, FourierFit fit, boolean periodKnown) {
        CatalogueStar s = new CatalogueStar(sourceId, input);
        if (periodKnown) {
            s.period = fit.period().value();
            s.periodError = fit.period().error();
        }
        s.epochs = fit.epochsUsed();
        s.order = fit.order();
        s.meanMag = fit.meanMagnitude().value();
        s.meanMagError = fit.meanMagnitude().error();
        s.intensityMeanMag = fit.intensityMeanMagnitude().value();
        s.intensityMeanMagError = fit.intensityMeanMagnitude().error();
        s.peakToPeak = fit.peakToPeakAmplitude().value();
        s.peakToPeakError = fit.peakToPeakAmplitude().error();
        List<Estimate> a = fit.amplitudes();
        for (int k = 0; k < 3 && k < a.size(); k++) {
            s.amplitude[k] = a.get(k).value();
            s.amplitudeError[k] = a.get(k).error();
        }
        s.r21 = fit.r21().value();
        s.r21Error = fit.r21().error();
        s.r31 = fit.r31().value();
        s.r31Error = fit.r31().error();
        s.phi21Sine = fit.phi21Sine().value();
        s.phi21Error = fit.phi21Sine().error();
        s.phi31Sine = fit.phi31Sine().value();
        s.phi31Error = fit.phi31Sine().error();
        s.fitFlags = flags(fit.flags());
        s.curve = CurveShape.of(fit);
        return s;
    }

    static String flags(Set<QualityFlag> flags) {
        if (flags.isEmpty()) return null;
        TreeSet<String> names = new TreeSet<>();
        for (QualityFlag f : flags) names.add(f.name());
        return String.join(",", names);
    }

    /** φ21 in Gaia DR3's cosine convention ({@code phi21_g}). */
    double phi21Cosine() {
        return Double.isNaN(phi21Sine) ? Double.NaN : PhaseConvention.sineToCosine(2, phi21Sine);
    }

    /** φ31 in Gaia DR3's cosine convention ({@code phi31_g}). */
    double phi31Cosine() {
        return Double.isNaN(phi31Sine) ? Double.NaN : PhaseConvention.sineToCosine(3, phi31Sine);
    }

    /**
     * The value and error of a {@link FeatureNames} feature, phases in the calibration's windows
     * ({@link PhaseWindows}) as the models expect them, whatever input the star came from.
     */
    double[] feature(String name) {
        switch (name) {
            case FeatureNames.PERIOD: return new double[] {period, periodError};
            case FeatureNames.AMPLITUDE: return new double[] {peakToPeak, peakToPeakError};
            case FeatureNames.A1: return new double[] {amplitude[0], amplitudeError[0]};
            case FeatureNames.A2: return new double[] {amplitude[1], amplitudeError[1]};
            case FeatureNames.A3: return new double[] {amplitude[2], amplitudeError[2]};
            case FeatureNames.R21: return new double[] {r21, r21Error};
            case FeatureNames.R31: return new double[] {r31, r31Error};
            case FeatureNames.PHI21: return new double[] {PhaseWindows.phi21(phi21Sine), phi21Error};
            case FeatureNames.PHI31: return new double[] {PhaseWindows.phi31(phi31Sine), phi31Error};
            default: return new double[] {Double.NaN, Double.NaN};
        }
    }
}
