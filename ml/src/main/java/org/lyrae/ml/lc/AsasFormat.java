package org.lyrae.ml.lc;

import java.util.regex.Pattern;

/**
 * ASAS I-band light curves as the project's spectroscopic data holds them (I, not V: the Fourier
 * parameters fitted to them in the CHR/LIT files have A1 about 0.65 of the V-band ASAS values of
 * Szczygieł et al. 2009 and match Monson et al. 2017's I-band means and amplitudes; Dékány, Grebel &
 * Pojmański 2021 built their I-band relation on them)
 * ({@code spectroscopic/asas_photometry.tar.gz}: {@code photometry/<ASAS id>.lc}, the curves behind the
 * CHR/LIT Fourier parameters, linked by their {@code use_id}). No header; five columns:
 * <ol>
 *   <li>HJD - 2450000 (d);</li>
 *   <li>I magnitude;</li>
 *   <li>magnitude error;</li>
 *   <li>the residual of the source's own Fourier fit, magnitude minus model (it averages zero, tracks the
 *       residuals of a fresh fit, and is large for the outliers that fit rejected);</li>
 *   <li>the phase in [0, 1) with the catalogue's period (successive differences equal the time
 *       differences divided by the CHR period, to the rounding of that period).</li>
 * </ol>
 * Only the first three are read: the last two are derived from a fit and a period that the service
 * finds for itself, and using them would hand the old fit to the new one. (These files are already
 * reduced: there are no ASAS grade, frame or aperture columns to choose from.) A file is several ASAS
 * series one after the other (the times restart once or more in most files, from overlapping ASAS
 * fields); they are merged and sorted, and the few epochs measured twice at the same instant are
 * duplicates (the one with the smaller error is kept). The star is the file name stem, the ASAS id.
 */
public final class AsasFormat implements LightCurveFormat {

    public static final String NAME = "asas";
    public static final String TIME_SYSTEM = "HJD - 2450000 [d]";
    private static final Pattern ASAS_ID = Pattern.compile("\\d{6}[+-]\\d{4}\\.\\d");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ASAS .lc files: HJD-2450000, V mag, error, fit residual, phase (the last two ignored)";
    }

    @Override
    public boolean accepts(FileProbe file) {
        if (!file.extension().equals("lc")) return false;
        return TextColumns.isNumericLine(file.firstDataLine(), 3, 5) || ASAS_ID.matcher(file.stem()).matches()
                && TextColumns.isNumericLine(file.firstDataLine(), 3, 12);
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        String id = file.stem();
        EpochCollector epochs = new EpochCollector(file.name(), options, "line", true);
        TextColumns.read(file, 3, 5, 3, (v, count, line) ->
                epochs.add(id, v[0], v[1], v[2], EpochCollector.OK, line, Double.NaN));
        return epochs.finish(NAME, TIME_SYSTEM, "I", "column 1 (HJD - 2450000)", "column 2 (I magnitude)",
                "column 3 (magnitude error)");
    }
}
