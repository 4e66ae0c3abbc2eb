package org.lyrae.webapp.feh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.ml.feh.TrainingSettings;
import org.lyrae.ml.feh.WithNetworks;
import org.lyrae.ml.nn.NetworkArtifacts;
import org.lyrae.webapp.cli.Models;

/**
 * The metallicity models of the light-curve service, loaded once per process (not per job) the way
 * {@code analyze} loads them ({@link Models#gBandWithNetworks}): the G-band Fourier models from the
 * models folder, trained there on first use; the networks only where they were saved.
 */
public final class FehModels {
    private final Path modelsDir;
    private final Path dataDir;
    private MetallicityModels fourier;
    private MetallicityModels all;
    private List<String> networksAtLoad = List.of();

    public FehModels(Path modelsDir, Path dataDir) {
        this.modelsDir = modelsDir;
        this.dataDir = dataDir;
    }

    public Path dir() {
        return modelsDir;
    }

    /** Whether the named network was trained and saved (a file check: loads nothing). */
    public boolean networkSaved(String name) {
        return NetworkArtifacts.exists(modelsDir, "G", name);
    }

    /**
     * Every model, as {@code analyze} uses them ({@link Models#gBandWithNetworks}): the Fourier models
     * loaded (or trained) on the first call; the networks again when the set saved in the folder has
     * changed since (one trained while the service runs is used from the next job on).
     */
    public synchronized MetallicityModels all() throws IOException {
        List<String> saved = Models.NETWORKS.stream().filter(this::networkSaved).toList();
        if (all == null || !saved.equals(networksAtLoad)) {
            // what loading says (models trained on first use, networks not trained) goes to the server's log
            if (fourier == null) {
                try {
                    fourier = Models.loadOrTrain(modelsDir, dataDir, "G", TrainingSettings.defaults(), System.err, false);
                } catch (java.nio.file.NoSuchFileException e) {
                    // a bare path says nothing to the user of a job: say what is missing and why
                    throw new IOException("the G-band metallicity models are not in " + modelsDir + " and cannot be trained: "
                            + "their calibration data " + e.getFile() + " is missing (start the service with --data DIR, "
                            + "or train them with lyrae train)", e);
                }
            }
            all = Models.withNetworks(fourier, modelsDir, System.err);
            networksAtLoad = saved;
        }
        return all;
    }

    /** The models asked for; all of them is exactly {@link #all()}, so that the numbers are analyze's. */
    public MetallicityModels select(Set<String> names) throws IOException {
        MetallicityModels every = all();
        if (names.containsAll(FehParams.ALL_MODELS)) return every;
        boolean networks = names.stream().anyMatch(Models.NETWORKS::contains);
        String version = !networks && every instanceof WithNetworks w ? w.fourier().version() : every.version();
        return new MetallicityModels() {
            @Override
            public String band() {
                return every.band();
            }

            @Override
            public List<MetallicityEstimator> forType(String type) {
                return every.forType(type).stream().filter(m -> names.contains(m.name())).toList();
            }

            @Override
            public String version() {
                return version;
            }
        };
    }
}
