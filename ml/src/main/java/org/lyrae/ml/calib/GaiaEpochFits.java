package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.fourier.FourierFitException;
import org.lyrae.ml.fourier.LightCurveAnalyzer;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;

/**
 * Our own Fourier fits of the raw Gaia DR3 G epochs in {@code gaia_dr3_epoch/<source_id>.csv}: read
 * by the service's reader, period searched from scratch and fitted by {@link LightCurveAnalyzer},
 * exactly what a user's upload goes through, so that the training features are measured the way the
 * features a model will be applied to are.
 *
 * @param fits     features by Gaia source_id, in file-name order
 * @param failures one line per curve that could not be read or fitted
 */
public record GaiaEpochFits(Map<Long, FourierFeatures> fits, List<String> failures) {

    public static final String FOLDER = "gaia_dr3_epoch";

    public GaiaEpochFits {
        fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
        failures = List.copyOf(failures);
    }

    /** Fits every curve of the folder (about 0.1 s each). */
    public static GaiaEpochFits fitAll(Path dataDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir.resolve(FOLDER))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        Map<Long, FourierFeatures> fits = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        LightCurveReaders readers = LightCurveReaders.standard();
        for (Path file : files) {
            String id = file.getFileName().toString().replace(".csv", "");
            try {
                FourierFit fit = LightCurveAnalyzer.analyze(readers.read(file).single()).fit();
                fits.put(Long.valueOf(id), FourierFeatures.fromFit(fit, FourierFeatures.DR3_FIT, id, "G"));
            } catch (LightCurveException | FourierFitException | NumberFormatException e) {
                failures.add(id + ": " + e.getMessage());
            }
        }
        return new GaiaEpochFits(fits, failures);
    }
}
