package org.lyrae.ml.nn;

import ai.djl.Device;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.lyrae.ml.select.Metrics;
import org.lyrae.ml.select.Prediction;

/**
 * Trained networks on disk, under {@code <models>/<band>/<name>/}: {@code network.json} (the fold
 * networks' parameters, scaling, σ calibration, metrics, sample log, version), {@code report.md} and
 * its plots. Loading needs neither training data nor a network connection.
 */
public final class NetworkArtifacts {
    public static final String FILE = "network.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private NetworkArtifacts() {
    }

    public static Path dir(Path models, String band, String name) {
        return models.resolve(band).resolve(name);
    }

    public static boolean exists(Path models, String band, String name) {
        return Files.isRegularFile(dir(models, band, name).resolve(FILE));
    }

    public static NetworkCalibration load(Path models, String band, String name) throws IOException {
        return JSON.readValue(dir(models, band, name).resolve(FILE).toFile(), NetworkCalibration.class);
    }

    /**
     * Cross-validates and trains the network on {@code data}, saves it with its report, and returns it.
     *
     * @param labels what the labels are, for the report
     */
    public static NetworkCalibration trainAndSave(Path models, String band, CurveData data, List<String> sampleLog, String labels,
                                                  NetworkSettings settings, Device device, NetworkCrossValidation.Progress progress)
            throws IOException {
        NetworkCrossValidation.Result r = NetworkCrossValidation.run(data, settings, device, progress);
        String hash = hash(data, settings);
        Instant now = Instant.now();
        String version = settings.architecture() + "-" + band + "-" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC)
                .format(now) + "-" + hash.substring(0, 8);
        double mean = 0;
        for (double v : data.feh()) mean += v;
        mean /= data.size();
        double[] constant = new double[data.size()];
        java.util.Arrays.fill(constant, mean);
        NetworkCalibration c = new NetworkCalibration(band, settings.architecture(), version, hash, now.toString(),
                Engines.describe() + ", trained on " + device, sampleLog, labels, r.estimator(), r.metrics(),
                Metrics.of(data.feh(), new Prediction(constant, null)), data.ids(), data.feh(), r.oofPredicted(), r.oofSigma(),
                r.folds(), r.seconds());
        save(c, models);
        return c;
    }

    public static void save(NetworkCalibration c, Path models) throws IOException {
        Path dir = Files.createDirectories(dir(models, c.band(), c.name()));
        JSON.writeValue(dir.resolve(FILE).toFile(), c);
        NetworkReport.write(c, dir);
    }

    /** SHA-256 over the settings, then every star's id, curve and label, in order. */
    static String hash(CurveData data, NetworkSettings settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(settings.toString().getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.allocate(8);
            for (int i = 0; i < data.size(); i++) {
                md.update(data.ids().get(i).getBytes(StandardCharsets.UTF_8));
                for (float v : data.curves()[i]) md.update(b.clear().putFloat(0, v).array(), 0, 4);
                md.update(b.clear().putDouble(0, data.feh()[i]).array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
