package org.lyrae.ml.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lyrae.ml.analysis.BatchAnalyzer;
import org.lyrae.ml.analysis.StarAnalysis;
import org.lyrae.ml.fourier.AnalysisOptions;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.ml.lc.LightCurveReaders;
import org.lyrae.ml.lc.ReadOptions;
import org.lyrae.ml.lc.TarGz;

/**
 * The light-curve inputs: the files go through {@link BatchAnalyzer} with default options (the same
 * analysis as {@code lyrae analyze} and the light-curve jobs), and each star that could be fitted
 * becomes a {@link CatalogueStar}.
 */
public final class CurveSources {
    private CurveSources() {
    }

    /**
     * {@code gaia_dr3_epoch/<source_id>.csv}: raw Gaia DR3 G epoch photometry; the period is searched.
     * The type is left to the builder (spectroscopic sample, else the period rule).
     */
    public static CatalogueSource dr3EpochCurves(Path dir, int threads) {
        return new CurveSource(InputSource.DR3_EPOCH_CURVE, threads) {
            @Override
            List<Path> files(Path scratch) throws IOException {
                try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                    return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                            .sorted(Comparator.comparing(Path::toString)).toList();
                }
            }

            @Override
            ReadOptions readOptions() {
                return ReadOptions.defaults().withBand("G");
            }

            @Override
            CatalogueStar star(long id, StarAnalysis a) {
                return CatalogueStar.fromFit(id, input(), a.analysis().fit(), true);
            }

            @Override
            public long expectedStars() {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.csv")) {
                    long n = 0;
                    for (Path ignored : s) n++;
                    return n;
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    /**
     * {@code gaia_g_folded/lc_dev_g.tar.gz}: Gaia DR2 G curves folded with a period they do not give
     * (RRab of the bulge and disc, Dékány &amp; Grebel 2022). The curves are unpacked to a temporary
     * folder, read as {@code folded} curves (period 1 = one cycle) and fitted; the stars get the
     * Fourier shape parameters, no period (flag {@code NO_PERIOD}) and are marked as carrying a Gaia DR2
     * source_id.
     */
    public static CatalogueSource dr2FoldedCurves(Path tarball, int threads) {
        return new CurveSource(InputSource.DR2_FOLDED_CURVE, threads) {
            @Override
            List<Path> files(Path scratch) throws IOException {
                List<Path> out = new ArrayList<>();
                TarGz.read(tarball, (name, content) -> {
                    String base = TarGz.baseName(name);
                    if (!base.endsWith("_bin.dat")) return;
                    Path p = scratch.resolve(base);
                    Files.write(p, content);
                    out.add(p);
                });
                return out;
            }

            @Override
            ReadOptions readOptions() {
                return ReadOptions.defaults().withBand("G").withFormat("folded");
            }

            @Override
            CatalogueStar star(long id, StarAnalysis a) {
                CatalogueStar s = CatalogueStar.fromFit(id, input(), a.analysis().fit(), false);
                s.type = "RRab";
                s.dr2SourceId = true;
                s.flags.add("NO_PERIOD");
                return s;
            }

            @Override
            public long expectedStars() {
                return -1;
            }
        };
    }

    private abstract static class CurveSource implements CatalogueSource {
        private final InputSource input;
        private final int threads;

        CurveSource(InputSource input, int threads) {
            this.input = input;
            this.threads = Math.max(1, threads);
        }

        @Override
        public InputSource input() {
            return input;
        }

        abstract List<Path> files(Path scratch) throws IOException;

        abstract ReadOptions readOptions();

        abstract CatalogueStar star(long id, StarAnalysis a);

        @Override
        public CatalogueSource.Stream open(CatalogueProgress progress) throws IOException {
            Path scratch = Files.createTempDirectory("lyrae-catalogue-");
            try {
                List<Path> files = files(scratch);
                List<BatchAnalyzer.Input> inputs = files.stream().map(BatchAnalyzer.Input::of).toList();
                BatchAnalyzer batch = new BatchAnalyzer(LightCurveReaders.standard(), readOptions(), AnalysisOptions.defaults(),
                        Double.NaN, false);
                List<StarAnalysis> done = batch.run(inputs, threads, new BatchAnalyzer.Progress() {
                    @Override
                    public void starsFound(int total) {
                        progress.stage("analyse " + input.label() + "s", total);
                    }

                    @Override
                    public void starDone(StarAnalysis star) {
                        progress.advance(1);
                    }
                });
                List<CatalogueStar> stars = new ArrayList<>(done.size());
                for (StarAnalysis a : done) {
                    Long id = sourceId(a.sourceId());
                    if (id == null) {
                        progress.problem(input.label() + " " + a.file() + ": '" + a.sourceId() + "' is not a Gaia source_id");
                    } else if (!a.ok()) {
                        progress.problem(input.label() + " " + a.file() + ": star " + a.sourceId() + " not fitted: " + a.problem());
                    } else {
                        stars.add(star(id, a));
                    }
                }
                return CatalogueSource.of(stars);
            } catch (LightCurveException e) {
                throw new IOException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                deleteTree(scratch);
            }
        }
    }

    static Long sourceId(String id) {
        try {
            long v = Long.parseLong(id.strip());
            return v > 0 ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a build for
        }
    }
}
