package org.lyrae.webapp.feh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
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
    private MetallicityModels all;
    private List<String> notes = List.of();

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

    /** Every model, as {@code analyze} uses them; loaded (or the Fourier models trained) on the first call. */
    public synchronized MetallicityModels all() throws IOException {
        if (all == null) {
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            try (PrintStream err = new PrintStream(said, true, StandardCharsets.UTF_8)) {
                all = Models.gBandWithNetworks(modelsDir, dataDir, err, false);
            }
            List<String> lines = new ArrayList<>();
            for (String l : said.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) lines.add(l.replaceFirst("^lyrae: ", ""));
            notes = List.copyOf(lines);
        }
        return all;
    }

    /** What loading the models said (models trained on first use, networks not trained). */
    public synchronized List<String> notes() {
        return notes;
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
