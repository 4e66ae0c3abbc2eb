package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lyrae.ml.bayes.ProgressListener;
import org.lyrae.ml.calib.SpectroscopicStar;
import org.lyrae.ml.calib.SpectroscopicStars;
import org.lyrae.ml.catalogue.CatalogueBuilder;
import org.lyrae.ml.catalogue.CatalogueProgress;
import org.lyrae.ml.catalogue.CatalogueSource;
import org.lyrae.ml.catalogue.CurveSources;
import org.lyrae.ml.catalogue.Distances;
import org.lyrae.ml.catalogue.InputSource;
import org.lyrae.ml.catalogue.LcfitParameters;
import org.lyrae.ml.catalogue.SpectroscopicValue;
import org.lyrae.ml.catalogue.VariRrlyraeExport;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import org.lyrae.tap.db.StarTableIngest;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.TableDescriptor;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeService;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;

/**
 * {@code lyrae catalogue build}: the light-curve analysis and the metallicity models over every star
 * of the inputs, loaded as the TAP table {@value #TABLE} with its metadata (descriptor
 * {@code tables/rrlyrae.metallicity.json}) through the same path as {@code lyrae ingest}: rows
 * streamed, COPY on PostgreSQL, TAP_SCHEMA rewritten.
 *
 * <p>Inputs, in order of precedence for a star found in several: the raw Gaia DR3 epoch curves
 * ({@code gaia_dr3_epoch/*.csv}), a Gaia DR3 {@code vari_rrlyrae} export ({@code --vari-rrlyrae}),
 * the lcfit G Fourier parameters ({@code gaia_g_fourier/rrab_g_X_rv_gpr_param.dat} with
 * {@code synlc_g.tar.gz}) and the folded DR2 G curves ({@code gaia_g_folded/lc_dev_g.tar.gz}), the
 * shared-data ones from {@code --data} unless {@code --no-shared-data}. Spectroscopic [Fe/H] and exact
 * positions come from the CHR compilation by Gaia source_id.
 */
public final class CatalogueCommand {
    public static final String TABLE = "rrlyrae.metallicity";

    public static final String USAGE = String.join("\n",
            "usage: java -jar lyrae.jar catalogue build [options]",
            "  --data DIR            shared data folder (default: lyrae.data, ../shared/data)",
            "  --vari-rrlyrae FILE   also a Gaia DR3 vari_rrlyrae export (any format STIL reads; archive column names)",
            "  --format F            STIL format of that file when its name does not say (fits, votable, csv, ecsv, ...)",
            "  --no-shared-data      only the --vari-rrlyrae export (no curves or parameter files from --data)",
            "  --no-spectroscopic    do not join the spectroscopic [Fe/H] of the CHR compilation",
            "  --models DIR          trained metallicity models (default: VAR/models; the Fourier models are trained there",
            "                        first when missing, the networks only by lyrae train --model lstm|transformer)",
            "  --no-models           build without [Fe/H] models (metallicity and distances stay empty)",
            "  --threads N           light curves analysed in parallel (default: the number of cores)",
            "  --db URL --db-user U --db-password P --var DIR --config FILE   as for serve (default: H2 under var/)",
            "Loads the TAP table " + TABLE + " (replacing it), with its TAP_SCHEMA metadata.");

    /** How the command obtains the trained models (tests pass a fixture). */
    @FunctionalInterface
    public interface ModelLoader {
        MetallicityModels load(LyraeConfig config, Path modelsDir, ProgressListener progress) throws Exception;
    }

    private CatalogueCommand() {
    }

    /** {@code lyrae catalogue ...} from {@code Main}: exit status 0 ok, 1 failed, 2 usage. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal, metallicityModels(err, terminal));
    }

    /**
     * The trained G-band models the catalogue uses: those of {@code lyrae train}, the Fourier models
     * trained first when missing, with the networks that are trained ({@link Models#withNetworks});
     * messages to {@code err}.
     */
    static ModelLoader metallicityModels(PrintStream err, boolean terminal) {
        return (config, modelsDir, progress) -> Models.gBandWithNetworks(modelsDir, config.dataDir, err, terminal);
    }

    /** No models at all: every star gets NO_CALIBRATION_FOR_<TYPE> and no [Fe/H]. */
    static final MetallicityModels NO_MODELS = new MetallicityModels() {
        @Override
        public String band() {
            return "G";
        }

        @Override
        public List<MetallicityEstimator> forType(String type) {
            return List.of();
        }

        @Override
        public String version() {
            return "none";
        }
    };

    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, ModelLoader loader) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("build")) return usage(err, "unknown subcommand '" + args[0] + "' (build)");
        LyraeConfig config;
        Path export = null;
        String format = null;
        boolean sharedData = true;
        boolean spectroscopic = true;
        boolean models = true;
        Path modelsDir = null;
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            LyraeConfig.applyConfigFile(args);
            config = new LyraeConfig();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--data": config.dataDir = Paths.get(args[++i]); break;
                    case "--vari-rrlyrae": export = Paths.get(args[++i]); break;
                    case "--format": format = args[++i]; break;
                    case "--no-shared-data": sharedData = false; break;
                    case "--no-spectroscopic": spectroscopic = false; break;
                    case "--models": modelsDir = Paths.get(args[++i]); break;
                    case "--no-models": models = false; break;
                    case "--threads": threads = Integer.parseInt(args[++i]); break;
                    case "--db": config.dbUrl = args[++i]; break;
                    case "--db-user": config.dbUser = args[++i]; break;
                    case "--db-password": config.dbPassword = args[++i]; break;
                    case "--var": config.varDir = Paths.get(args[++i]); break;
                    case "--config": i++; break;   // read by applyConfigFile
                    case "--no-demo": break;       // the build never loads the demo tables
                    case "-h": case "--help": out.println(USAGE); return 0;
                    default: throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            if (export != null && !Files.isRegularFile(export)) throw new IllegalArgumentException("no such file: " + export);
            if (!sharedData && export == null) throw new IllegalArgumentException("--no-shared-data needs --vari-rrlyrae FILE");
            if (sharedData && !Files.isDirectory(config.dataDir)) {
                throw new IllegalArgumentException("no data folder " + config.dataDir.toAbsolutePath() + " (--data DIR)");
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return usage(err, "an option lacks its value");
        } catch (IllegalArgumentException | IOException e) {
            return usage(err, e.getMessage());
        }
        config.loadDemo = false;
        if (modelsDir == null) modelsDir = config.varDir.resolve("models");

        long t0 = System.nanoTime();
        BarProgress progress = new BarProgress(err, terminal);
        try {
            MetallicityModels m = models ? loader.load(config, modelsDir, (done, total) -> { }) : NO_MODELS;
            Map<Long, SpectroscopicValue> spec = spectroscopic && Files.isDirectory(config.dataDir)
                    ? spectroscopicValues(config.dataDir) : Map.of();
            List<CatalogueSource> sources = sources(config.dataDir, sharedData, export, format, threads);
            CatalogueBuilder builder = new CatalogueBuilder(m, spec, Distances.MURAVEVA_2018_G, progress);
            StarTable table = builder.table(sources);
            TableDescriptor d = DescriptorCatalog.resource(TABLE);
            long n;
            try (LyraeService service = LyraeService.open(config)) {
                n = StarTableIngest.publish(service.publisher, d, descriptorJson(), table);
                progress.close();
                out.println(String.format(Locale.ROOT, "published %s: %d rows into %s in %.1f s (models %s, version %s)",
                        d.qualifiedName(), n, service.db.dialect().name(), (System.nanoTime() - t0) / 1e9,
                        models ? m.getClass().getSimpleName() : "none", m.version()));
            }
            CatalogueBuilder.Summary s = builder.summary();
            for (InputSource in : InputSource.values()) {
                if (s.rows().get(in) == 0 && s.duplicates().get(in) == 0) continue;
                out.println(String.format(Locale.ROOT, "  %-20s %8d rows  (%d skipped: star already given by an earlier input or row)", in.label(),
                        s.rows().get(in), s.duplicates().get(in)));
            }
            progress.reportProblems(err);
            return 0;
        } catch (Exception e) {
            progress.close();
            err.println("lyrae catalogue: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    /** The inputs found, in precedence order. */
    static List<CatalogueSource> sources(Path data, boolean sharedData, Path export, String format, int threads) throws IOException {
        List<CatalogueSource> sources = new ArrayList<>();
        if (sharedData && Files.isDirectory(data.resolve("gaia_dr3_epoch"))) {
            sources.add(CurveSources.dr3EpochCurves(data.resolve("gaia_dr3_epoch"), threads));
        }
        if (export != null) {
            StarTableFactory factory = new StarTableFactory(false);
            factory.setStoragePolicy(StoragePolicy.PREFER_DISK);   // formats STIL must buffer (VOTable, CSV) go to disk
            StarTable t = factory.makeStarTable(export.toString(), format);
            sources.add(new VariRrlyraeExport(t, export.getFileName().toString()));
        }
        if (sharedData) {
            Path params = data.resolve("gaia_g_fourier/rrab_g_X_rv_gpr_param.dat");
            Path synlc = data.resolve("gaia_g_fourier/synlc_g.tar.gz");
            if (Files.isRegularFile(params)) sources.add(new LcfitParameters(params, Files.isRegularFile(synlc) ? synlc : null));
            Path folded = data.resolve("gaia_g_folded/lc_dev_g.tar.gz");
            if (Files.isRegularFile(folded)) sources.add(CurveSources.dr2FoldedCurves(folded, threads));
        }
        return sources;
    }

    /** Spectroscopic [Fe/H] by Gaia (DR2) source_id, combined per star by the rule of {@code lyrae.calibrators}. */
    public static Map<Long, SpectroscopicValue> spectroscopicValues(Path dataDir) throws IOException {
        Map<Long, SpectroscopicValue> out = new HashMap<>();
        for (SpectroscopicStar s : SpectroscopicStars.read(dataDir)) {
            if (s.gaiaId() == null || !Double.isFinite(s.feh())) continue;      // LIT stars have no Gaia id
            out.put(s.gaiaId(), new SpectroscopicValue(s.gaiaId(), s.feh(), s.fehError(), s.nSpectra(), String.join(";", s.sources()),
                    s.ra(), s.dec(), s.type()));
        }
        return out;
    }

    static String descriptorJson() throws IOException {
        try (InputStream in = CatalogueCommand.class.getResourceAsStream("/tables/" + TABLE + ".json")) {
            if (in == null) throw new IOException("missing resource /tables/" + TABLE + ".json");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("lyrae catalogue: " + problem);
        err.println(USAGE);
        return 2;
    }

    /** One progress bar per stage; problems kept and listed at the end (the first few of them). */
    static final class BarProgress implements CatalogueProgress {
        private static final int SHOWN = 20;
        private final PrintStream err;
        private final boolean terminal;
        private ProgressBar bar;
        private final List<String> problems = new ArrayList<>();
        private long problemCount;

        BarProgress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public synchronized void stage(String name, long total) {
            if (bar != null) bar.close();
            bar = new ProgressBar(err, terminal, name, Math.max(0, total), "stars");
        }

        @Override
        public synchronized void advance(long steps) {
            if (bar != null) bar.step(steps);
        }

        @Override
        public synchronized void problem(String message) {
            problemCount++;
            if (problems.size() < SHOWN) problems.add(message);
        }

        synchronized void close() {
            if (bar != null) bar.close();
            bar = null;
        }

        synchronized void reportProblems(PrintStream out) {
            if (problemCount == 0) return;
            out.println("lyrae catalogue: " + problemCount + " stars not catalogued" + (problemCount > SHOWN ? " (first " + SHOWN + ")" : "") + ":");
            for (String p : problems) out.println("  " + p);
        }
    }
}
