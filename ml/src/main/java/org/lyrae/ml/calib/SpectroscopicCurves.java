package org.lyrae.ml.calib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.FitFeatures;
import org.lyrae.ml.fourier.FourierFit;
import org.lyrae.ml.fourier.FourierFitException;
import org.lyrae.ml.fourier.LightCurveAnalyzer;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;

/**
 * The end-to-end test set: every raw Gaia DR3 G curve of {@code gaia_dr3_epoch/} whose star has a
 * spectroscopic [Fe/H] (joined by Gaia source_id), read and analysed from scratch as a user's upload
 * is (period searched, Fourier fit, curve shape), with the spectroscopic value and type.
 *
 * @param names    star names of the spectroscopic compilation (as in the calibration samples)
 * @param sourceIds Gaia source_ids
 * @param types    spectroscopic types (RRab, RRc)
 * @param features Fourier features and curve shapes of our fits
 * @param feh      spectroscopic [Fe/H]
 * @param fehError its error
 * @param log      counts: curves, fitted, with a spectroscopic value
 */
public record SpectroscopicCurves(List<String> names, List<Long> sourceIds, List<String> types, FeatureTable features, double[] feh,
                                  double[] fehError, List<String> log) {

    public static SpectroscopicCurves build(Path dataDir) throws IOException {
        Map<Long, SpectroscopicStar> byGaia = new HashMap<>();
        for (SpectroscopicStar s : SpectroscopicStars.read(dataDir)) {
            if (s.gaiaId() != null && s.isRrLyrae() && Double.isFinite(s.feh())) byGaia.putIfAbsent(s.gaiaId(), s);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir.resolve(GaiaEpochFits.FOLDER))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        LightCurveReaders readers = LightCurveReaders.standard();
        List<String> names = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<FourierFit> fits = new ArrayList<>();
        List<Double> feh = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        int fitted = 0;
        for (Path file : files) {
            long id;
            FourierFit fit;
            try {
                id = Long.parseLong(file.getFileName().toString().replace(".csv", ""));
                fit = LightCurveAnalyzer.analyze(readers.read(file).single()).fit();
            } catch (LightCurveException | FourierFitException | NumberFormatException e) {
                continue;
            }
            fitted++;
            SpectroscopicStar s = byGaia.get(id);
            if (s == null) continue;
            names.add(s.name());
            ids.add(id);
            types.add(s.type());
            fits.add(fit);
            feh.add(s.feh());
            err.add(s.fehError());
        }
        List<String> log = List.of(GaiaEpochFits.FOLDER + ": " + files.size() + " raw G curves, " + fitted
                + " analysed from scratch (period search, Fourier fit)", "with a spectroscopic [Fe/H] (CHR, joined by Gaia source_id): "
                + names.size() + " (" + types.stream().filter("RRab"::equals).count() + " RRab)");
        return new SpectroscopicCurves(names, ids, types, FitFeatures.of(fits), feh.stream().mapToDouble(Double::doubleValue).toArray(),
                err.stream().mapToDouble(Double::doubleValue).toArray(), log);
    }
}
