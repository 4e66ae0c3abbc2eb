package org.lyrae.webapp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lyrae.ml.analysis.AnalysisTable;
import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.ml.analysis.FitPlot;
import org.lyrae.ml.analysis.MetallicityAnnotator;
import org.lyrae.ml.analysis.StarAnalysis;
import org.lyrae.ml.fourier.AnalysisOptions;
import org.lyrae.ml.lc.ColumnRoles;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.ml.lc.ReadOptions;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableOutput;

/**
 * {@code lyrae analyze}: light-curve files in, one row per star out (period, Fourier parameters
 * with errors, quality flags), as CSV on standard output or a table file, with PNG plots on
 * request and a progress bar on the terminal.
 */
public final class AnalyzeCommand {
    public static final String USAGE = String.join("\n",
            "usage: java -jar lyrae.jar analyze [options] INPUT...",
            "  --period P          period in days for every star (skips the search); --period 1 on phase-folded",
            "                      'phase mag' files: no period is known, so only the period-free models run",
            "  --min-period P      shortest period searched (default 0.2 d)",
            "  --max-period P      longest period searched (default 1.2 d)",
            "  --out FILE          write the table to FILE; format from the extension (.csv .vot .xml .fits .ecsv .txt)",
            "  --plot DIR          one PNG per star: folded data and model",
            "  --band B            band to read from multi-band tables, and of files that do not say (default G)",
            "  --format F          input format when detection fails (votable, fits, csv, ecsv, ipac, gaia-csv, asas, crts, ...)",
            "  --id-col C --time-col C --mag-col C --flux-col C --err-col C --band-col C --period-col C",
            "                      name columns when detection is ambiguous",
            "  --threads N         stars analysed in parallel (default: the number of cores)",
            "  --models DIR        metallicity models (default var/models; the Fourier models are trained there first",
            "                      when missing, the networks only by lyrae train --model lstm|transformer)",
            "  --data DIR          the shared data the models are trained on (default ../shared/data)",
            "  --no-feh            Fourier parameters only, no [Fe/H]",
            "INPUT: any table STIL reads (VOTable, FITS, CSV, ECSV, IPAC), Gaia DR3 epoch photometry,",
            "ASAS .lc, CRTS, or headerless 'time mag [err]' / 'phase mag' text; one or many stars per file.");

    private AnalyzeCommand() {
    }

    /** Runs the command; returns the exit status (0 ok, 1 no star analysed, 2 usage or unreadable input). */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) throws IOException, InterruptedException {
        double period = Double.NaN;
        AnalysisOptions options = AnalysisOptions.defaults();
        double minPeriod = options.minPeriod();
        double maxPeriod = options.maxPeriod();
        Path outFile = null;
        Path plotDir = null;
        ReadOptions read = ReadOptions.defaults().withBand("G");   // also the band of files that do not say (folded, headerless)
        ColumnRoles roles = ColumnRoles.DETECT;
        int threads = Runtime.getRuntime().availableProcessors();
        List<BatchAnalyzer.Input> inputs = new ArrayList<>();
        Path models = Paths.get("var", "models");
        Path data = Paths.get("..", "shared", "data");
        boolean feh = true;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--period": period = positive(a, args[++i]); break;
                    case "--min-period": minPeriod = positive(a, args[++i]); break;
                    case "--max-period": maxPeriod = positive(a, args[++i]); break;
                    case "--out": outFile = Paths.get(args[++i]); break;
                    case "--plot": plotDir = Paths.get(args[++i]); break;
                    case "--band": read = read.withBand(args[++i]); break;
                    case "--format": read = read.withFormat(args[++i]); break;
                    case "--id-col": roles = roles.withId(args[++i]); break;
                    case "--time-col": roles = roles.withTime(args[++i]); break;
                    case "--mag-col": roles = roles.withMag(args[++i]); break;
                    case "--flux-col": roles = roles.withFlux(args[++i]); break;
                    case "--err-col": roles = roles.withError(args[++i]); break;
                    case "--band-col": roles = roles.withBand(args[++i]); break;
                    case "--period-col": roles = roles.withPeriod(args[++i]); break;
                    case "--threads": threads = (int) positive(a, args[++i]); break;
                    case "--models": models = Paths.get(args[++i]); break;
                    case "--data": data = Paths.get(args[++i]); break;
                    case "--no-feh": feh = false; break;
                    case "-h": case "--help": out.println(USAGE); return 0;
                    default:
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                        Path p = Paths.get(a);
                        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + a);
                        inputs.add(BatchAnalyzer.Input.of(p));
                }
            }
            if (inputs.isEmpty()) throw new IllegalArgumentException("no input file");
            if (minPeriod >= maxPeriod) throw new IllegalArgumentException("--min-period must be below --max-period");
        } catch (ArrayIndexOutOfBoundsException e) {
            return usage(err, "an option lacks its value");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            if (outFile != null) formatOf(outFile);   // refuse an unknown extension before the work, not after
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        BatchAnalyzer batch = new BatchAnalyzer(LightCurveReaders.standard(), read.withColumns(roles),
                options.toBuilder().periodRange(minPeriod, maxPeriod).build(), period, false);
        List<StarAnalysis> stars;
        ProgressBar[] bar = new ProgressBar[1];
        try {
            stars = batch.run(inputs, threads, new BatchAnalyzer.Progress() {
                @Override
                public void starsFound(int total) {
                    bar[0] = new ProgressBar(err, terminal, "analyze", total, "stars");
                }

                @Override
                public void starDone(StarAnalysis star) {
                    bar[0].step(1);
                }
            });
        } catch (LightCurveException e) {
            err.println("lyrae analyze: " + e.getMessage());
            return 2;
        }
        bar[0].close();
        if (feh) {
            stars = MetallicityAnnotator.annotate(stars, Models.gBandWithNetworks(models, data, err, terminal));
        }

        StarTable table = AnalysisTable.of(stars);
        if (outFile == null) {
            new StarTableOutput().writeStarTable(table, out, new StarTableOutput().getHandler("csv"));
            out.flush();
        } else {
            try (OutputStream o = Files.newOutputStream(outFile)) {
                new StarTableOutput().writeStarTable(table, o, new StarTableOutput().getHandler(formatOf(outFile)));
            }
        }
        if (plotDir != null) {
            for (StarAnalysis s : stars) FitPlot.write(s, plotDir);
        }
        long failed = stars.stream().filter(s -> !s.ok()).count();
        for (StarAnalysis s : stars) {
            if (!s.ok()) err.println("lyrae analyze: " + s.file() + ": star " + s.sourceId() + ": " + s.problem());
        }
        err.println(String.format(Locale.ROOT, "analyzed %d stars, %d failed%s%s", stars.size() - failed, failed,
                outFile == null ? "" : "; table in " + outFile, plotDir == null ? "" : "; plots in " + plotDir));
        return failed == stars.size() ? 1 : 0;
    }

    /** The STIL output handler for a file name's extension. */
    static String formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return "csv";
        if (n.endsWith(".vot") || n.endsWith(".xml") || n.endsWith(".votable")) return "votable";
        if (n.endsWith(".fits") || n.endsWith(".fit")) return "fits";
        if (n.endsWith(".ecsv")) return "ecsv";
        if (n.endsWith(".txt")) return "ascii";
        throw new IllegalArgumentException("--out " + file + ": unknown table format; use .csv, .vot, .fits, .ecsv or .txt");
    }

    private static double positive(String option, String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(option + " must be positive, not " + value);
        return v;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("lyrae analyze: " + problem);
        err.println(USAGE);
        return 2;
    }
}
