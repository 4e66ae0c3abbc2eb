package org.lyrae.ml.lc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The light-curve formats, and the one entry point that reads a file with the right one, as STIL's
 * {@code StarTableFactory} does for tables: {@code LightCurveReaders.standard().read(path, options)}.
 *
 * <p>Detection asks each format in turn whether it {@link LightCurveFormat#accepts accepts} the file;
 * the first that does reads it. The standard order puts the formats that recognise a particular kind of
 * file (by its header line or its name) before the generic ones: {@code gaia-dr3-csv}, {@code crts},
 * {@code asas}, {@code folded}, {@code headerless}, then {@code table} (anything STIL reads), which
 * accepts everything. {@link ReadOptions#format()} skips detection: a format's name, or a STIL handler
 * name, which reads the file as that kind of table.
 *
 * <p>Instances are immutable and thread-safe: share one.
 */
public final class LightCurveReaders {

    private static final LightCurveReaders STANDARD = new LightCurveReaders(List.of(new GaiaEpochCsvFormat(),
            new CrtsFormat(), new AsasFormat(), new FoldedPhaseFormat(), new HeaderlessTextFormat(),
            new StilTableFormat()));

    private final List<LightCurveFormat> formats;

    public LightCurveReaders(List<LightCurveFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The built-in formats, in detection order. */
    public static LightCurveReaders standard() {
        return STANDARD;
    }

    /** These formats with {@code format} tried first. */
    public LightCurveReaders with(LightCurveFormat format) {
        List<LightCurveFormat> all = new ArrayList<>();
        all.add(format);
        all.addAll(formats);
        return new LightCurveReaders(all);
    }

    public List<LightCurveFormat> formats() {
        return formats;
    }

    /** The formats' names, in detection order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (LightCurveFormat f : formats) names.add(f.name());
        return names;
    }

    /** The format of this name, or null. */
    public LightCurveFormat format(String name) {
        for (LightCurveFormat f : formats) {
            if (f.name().equalsIgnoreCase(name.strip())) return f;
        }
        return null;
    }

    /** The format that would read this file (detection only). */
    public LightCurveFormat detect(FileProbe file) throws LightCurveException {
        for (LightCurveFormat f : formats) {
            if (f.accepts(file)) return f;
        }
        throw new LightCurveException(file.name(), "is in no known light-curve format (tried " + names() + ")");
    }

    /** Reads a file with default options. */
    public ReadResult read(Path file) throws LightCurveException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a file: refuses it if larger than {@link ReadOptions#maxBytes()} or empty, picks the format
     * (or takes the one named in the options) and reads every star in it.
     */
    public ReadResult read(Path file, ReadOptions options) throws LightCurveException {
        FileProbe probe = FileProbe.of(file, options.sourceName(), options.maxBytes());
        LightCurveFormat format;
        if (options.format() != null) {
            format = format(options.format());
            // Any other name is a STIL table handler's: votable, fits, csv, ecsv, ipac, …
            if (format == null) format = tableFormat();
        } else {
            format = detect(probe);
        }
        return format.read(probe, options);
    }

    private LightCurveFormat tableFormat() {
        for (LightCurveFormat f : formats) {
            if (f instanceof StilTableFormat) return f;
        }
        return new StilTableFormat();
    }

    @Override
    public String toString() {
        return "LightCurveReaders" + names().toString().toLowerCase(Locale.ROOT);
    }
}
