package org.lyrae.ml.lc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalina Sky Survey (CRTS) light curves as the project's data holds them
 * ({@code neurraly/crts_x_sdss_lightcurves.tar.gz}: {@code crts_x_sdss/CSS_J001334.5-095019_1009002026536_lc.txt}):
 * a header line {@code # time mag mag_err}, then MJD, V magnitude (CSS's unfiltered magnitudes
 * transformed to V) and its error. The star is the CRTS name ({@code CSS_J001334.5-095019}), as in the
 * first column of {@code RRL_params} (the SDSS [Fe/H] files name it without the {@code CSS_}); the
 * number after it, the numeric CRTS id, is dropped. Epochs repeated at exactly the same MJD (a few per
 * file) are duplicates: the one with the smaller error is kept.
 */
public final class CrtsFormat implements LightCurveFormat {

    public static final String NAME = "crts";
    public static final String TIME_SYSTEM = "MJD [d]";
    private static final Pattern FILE = Pattern.compile("((?:CSS|MLS|SSS)_J\\d{6}\\.\\d[+-]\\d{6})(?:_\\d+)?_lc\\.(?:txt|dat)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Catalina (CRTS) light curves CSS_J…_<id>_lc.txt: # time mag mag_err, MJD and V";
    }

    @Override
    public boolean accepts(FileProbe file) {
        return FILE.matcher(file.baseName()).matches() && TextColumns.isNumericLine(file.firstDataLine(), 3, 3);
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        Matcher m = FILE.matcher(file.baseName());
        String id = m.matches() ? m.group(1) : file.stem();
        EpochCollector epochs = new EpochCollector(file.name(), options, "line", true);
        TextColumns.read(file, 3, 3, 3, (v, count, line) ->
                epochs.add(id, v[0], v[1], v[2], EpochCollector.OK, line, Double.NaN));
        return epochs.finish(NAME, TIME_SYSTEM, "V", "column 1 (time, MJD)", "column 2 (mag)",
                "column 3 (mag_err)");
    }
}
