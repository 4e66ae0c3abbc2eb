package org.lyrae.ml.feh;

import java.util.ArrayList;
import java.util.List;

/**
 * The Fourier-parameter models of a band with the light-curve networks added for the type they were
 * trained on (RRab: the networks learnt from G-band RRab curves), so that {@link #estimate} gives
 * every model's value and the adoption rule weighs them all. The networks read
 * {@link FeatureTable#curves()}; a star without a curve shape gets NaN and {@code MISSING_FEATURE}
 * from them and is adopted from the Fourier models alone.
 *
 * @param fourier         the band's Fourier models ({@link BandCalibration})
 * @param networks        the trained networks (none when none is trained)
 * @param networkVersions their versions, in the same order
 */
public record WithNetworks(MetallicityModels fourier, List<MetallicityEstimator> networks, List<String> networkVersions)
        implements MetallicityModels {
    /** The pulsation type the networks were trained on. */
    public static final String NETWORK_TYPE = "RRab";

    public WithNetworks {
        networks = List.copyOf(networks);
        networkVersions = List.copyOf(networkVersions);
        if (networks.size() != networkVersions.size()) throw new IllegalArgumentException("one version per network");
    }

    @Override
    public String band() {
        return fourier.band();
    }

    @Override
    public List<MetallicityEstimator> forType(String type) {
        List<MetallicityEstimator> out = new ArrayList<>(fourier.forType(type));
        if (NETWORK_TYPE.equalsIgnoreCase(type)) out.addAll(networks);
        return out;
    }

    /** The Fourier models' version and each network's, joined with {@code +}. */
    @Override
    public String version() {
        List<String> parts = new ArrayList<>();
        parts.add(fourier.version());
        parts.addAll(networkVersions);
        return String.join("+", parts);
    }
}
