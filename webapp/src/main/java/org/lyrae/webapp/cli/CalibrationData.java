package org.lyrae.webapp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.calib.CalibrationSample;
import org.lyrae.ml.calib.CalibrationSamples;
import org.lyrae.ml.feh.ModelArtifacts;
import org.lyrae.ml.feh.TrainingSample;

/**
 * The calibration samples of the shared data as training input: every sample of the band with
 * enough stars to cross-validate; the smaller ones are named in the log as not calibrated.
 */
final class CalibrationData {
    /** Fewer stars cannot fill five folds of a cross-validation with a few features. */
    static final int MIN_STARS = 20;

    private CalibrationData() {
    }

    static ModelArtifacts.Samples samples(Path dataDir) {
        return band -> {
            CalibrationSamples all = CalibrationSamples.build(dataDir);
            List<TrainingSample> out = new ArrayList<>();
            List<String> log = new ArrayList<>();
            for (CalibrationSample c : all.all()) {
                if (!c.band().equalsIgnoreCase(band)) continue;
                log.addAll(c.cutLog().format().lines().filter(l -> !l.isBlank()).toList());
                if (c.size() < MIN_STARS) {
                    log.add(c.name() + ": " + c.size() + " stars, fewer than " + MIN_STARS + ": no model for this type");
                    continue;
                }
                log.add(c.name() + ": " + c.summary());
                out.add(new TrainingSample(c.band(), c.type(), c.starIds(), c.features(), c.feh(), c.fehError()));
            }
            return new ModelArtifacts.Samples.Built(out, log);
        };
    }
}
