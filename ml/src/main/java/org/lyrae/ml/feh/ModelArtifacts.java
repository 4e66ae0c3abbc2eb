package org.lyrae.ml.feh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Trained models on disk, under {@code <models>/<band>/}: {@code calibration.json} (estimators,
 * selected features, metrics, sample log, version), the report and its plots. Loading needs no
 * training data; a missing calibration is trained on first use.
 */
public final class ModelArtifacts {
    public static final String FILE = "calibration.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Where calibration samples come from (the calibration package builds them from the shared data). */
    public interface Samples {
        /** The samples of one band, and the log of how they were cut. */
        Built build(String band) throws IOException;

        record Built(List<TrainingSample> samples, List<String> log) { }
    }

    private ModelArtifacts() {
    }

    public static Path dir(Path models, String band) {
        return models.resolve(band);
    }

    public static boolean exists(Path models, String band) {
        return Files.isRegularFile(dir(models, band).resolve(FILE));
    }

    public static BandCalibration load(Path models, String band) throws IOException {
        return JSON.readValue(dir(models, band).resolve(FILE).toFile(), BandCalibration.class);
    }

    /** The saved calibration, or a new one trained, saved and reported when there is none. */
    public static BandCalibration loadOrTrain(Path models, String band, Samples samples, TrainingSettings settings,
                                              ModelTrainer.Progress progress) throws IOException {
        if (exists(models, band)) return load(models, band);
        return trainAndSave(models, band, samples, settings, progress);
    }

    public static BandCalibration trainAndSave(Path models, String band, Samples samples, TrainingSettings settings,
                                               ModelTrainer.Progress progress) throws IOException {
        Samples.Built built = samples.build(band);
        List<TypeCalibration> types = new ArrayList<>();
        ModelTrainer trainer = new ModelTrainer(settings);
        for (TrainingSample s : built.samples()) types.add(trainer.train(s, progress));
        String hash = hash(built.samples());
        Instant now = Instant.now();
        String version = band + "-" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(now) + "-"
                + hash.substring(0, 8);
        BandCalibration c = new BandCalibration(band, version, hash, now.toString(), "sine (lcfit)", built.log(), types);
        Path dir = Files.createDirectories(dir(models, band));
        JSON.writeValue(dir.resolve(FILE).toFile(), c);
        CalibrationReport.write(c, dir);
        return c;
    }

    /** SHA-256 over every sample's ids, features and targets, in order. */
    static String hash(List<TrainingSample> samples) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8);
            for (TrainingSample s : samples) {
                md.update((s.band() + "/" + s.type()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (String id : s.ids()) md.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (double[] col : s.features().values()) for (double v : col) md.update(b.clear().putDouble(0, v).array());
                for (double v : s.feh()) md.update(b.clear().putDouble(0, v).array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
