package org.lyrae.webapp.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.ml.catalogue.HealpixNested;
import org.lyrae.ml.fourier.PhaseConvention;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.LyraeService;
import org.lyrae.webapp.TestServers;
import org.lyrae.webapp.cli.CatalogueCommand;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/**
 * {@code catalogue build --vari-rrlyrae FILE}: a synthetic Gaia-shaped export, written by the test with
 * STIL, built and loaded on H2 (20,000 rows, FITS, no positions: HEALPix centres) and on PostgreSQL
 * (5,000 rows, VOTable BINARY2, with ra and dec); then checked row by row against the file. The full
 * 271,779-row build is timed by {@code CatalogueBuildBench}.
 */
class CatalogueExportTest {
    private static ChrLinearTestModels models;

    @BeforeAll
    static void models() throws Exception {
        models = new ChrLinearTestModels(TestServers.sharedData());
    }

    /** Rows of Gaia DR3 vari_rrlyrae. */
    private static final int GAIA_DR3_RR_LYRAE = 271_779;

    @Test
    void twentyThousandRowExportOnH2() throws Exception {
        Path dir = Files.createTempDirectory("lyrae-catalogue-export");
        Path file = dir.resolve("vari_rrlyrae.fits");
        SyntheticVariRrlyrae.write(file, 20_000, 7, false, "fits");
        LyraeConfig config = new LyraeConfig();
        config.varDir = dir.resolve("var");
        config.loadDemo = false;
        long t0 = System.nanoTime();
        build(file, List.of("--var", config.varDir.toString()));
        System.out.printf("20,000-row export on H2: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        try (LyraeService s = LyraeService.open(config)) {
            check(s, file, false, 20_000);
        }
    }

    /** The size of Gaia DR3 vari_rrlyrae, on PostgreSQL (COPY makes it the quick backend for a full-size test). */
    @Test
    void fullSizeExportWithPositionsOnPostgres() throws Exception {
        String url = TestServers.freshPostgresDatabase("catalogue");
        Path dir = Files.createTempDirectory("lyrae-catalogue-export-pg");
        Path file = dir.resolve("vari_rrlyrae.fits");
        SyntheticVariRrlyrae.write(file, GAIA_DR3_RR_LYRAE, 11, true, "fits");
        long t0 = System.nanoTime();
        build(file, List.of("--db", url, "--format", "fits"));
        System.out.printf("%,d-row export on PostgreSQL: %.1f s%n", GAIA_DR3_RR_LYRAE, (System.nanoTime() - t0) / 1e9);
        LyraeConfig config = new LyraeConfig();
        config.dbUrl = url;
        config.loadDemo = false;
        try (LyraeService s = LyraeService.open(config)) {
            check(s, file, true, GAIA_DR3_RR_LYRAE);
            // pgSphere index: a cone around a star's exact position finds it
            Object[] one = CatalogueSharedDataTest.query(s, "SELECT TOP 1 source_id, ra, dec FROM rrlyrae.metallicity "
                    + "ORDER BY source_id").get(0);
            assertEquals(one[0], CatalogueSharedDataTest.query(s, "SELECT source_id FROM rrlyrae.metallicity WHERE "
                    + "1 = CONTAINS(POINT(ra, dec), CIRCLE(" + one[1] + ", " + one[2] + ", 0.00001))").get(0)[0]);
        }
    }

    private static void build(Path file, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("build", "--no-shared-data", "--vari-rrlyrae", file.toString(),
                "--data", TestServers.sharedData().toString()));
        args.addAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = CatalogueCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, (c, d, p) -> models);
        System.out.println(out.toString(StandardCharsets.UTF_8));
        assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));
    }

    /** Every row loaded, types counted, and a sample of rows compared value by value with the file. */
    private static void check(LyraeService s, Path file, boolean positions, int n) throws Exception {
        StarTable in = new StarTableFactory(true).makeStarTable(file.toString());
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < in.getColumnCount(); i++) col.put(in.getColumnInfo(i).getName(), i);
        Map<String, Long> types = new HashMap<>();
        List<Object[]> sample = new ArrayList<>();
        try (RowSequence r = in.getRowSequence()) {
            for (long i = 0; r.next(); i++) {
                types.merge((String) r.getCell(col.get("best_classification")), 1L, Long::sum);
                if (i % 997 == 0 || i == n - 1) sample.add(r.getRow().clone());
            }
        }
        Map<String, Long> loaded = new HashMap<>();
        for (Object[] r : CatalogueSharedDataTest.query(s, "SELECT best_classification, COUNT(*) FROM rrlyrae.metallicity "
                + "WHERE input_source = 'gaia_vari_rrlyrae' GROUP BY best_classification")) {
            loaded.put((String) r[0], ((Number) r[1]).longValue());
        }
        assertEquals(types, loaded);
        assertEquals(n, loaded.values().stream().mapToLong(Long::longValue).sum());

        for (Object[] f : sample) {
            long id = ((Number) f[col.get("source_id")]).longValue();
            Object[] r = CatalogueSharedDataTest.query(s, "SELECT pf, p1_o, phi21_g, phi21_sine, phi31_g, phi31_sine, int_average_g, "
                    + "metallicity_gaia, g_absorption, feh_bayes, metallicity, distance_modulus, abs_mag_g, flags, ra, dec, "
                    + "position_origin, a1_g, r21_g, best_classification, num_harmonics_for_p1_g "
                    + "FROM rrlyrae.metallicity WHERE source_id = " + id).get(0);
            String type = (String) f[col.get("best_classification")];
            assertEquals(type, r[19]);
            double pf = num(f[col.get("pf")]);
            double p1o = num(f[col.get("p1_o")]);
            assertEquals(pf, num(r[0]), 1e-12);
            assertEquals(p1o, num(r[1]), 1e-12);
            // Gaia's cosine phases kept, sine phases by the convention offsets
            double phi21 = num(f[col.get("phi21_g")]);
            double phi31 = num(f[col.get("phi31_g")]);
            assertEquals(phi21, num(r[2]), 1e-6);
            assertEquals(PhaseConvention.wrap(phi21 - Math.PI / 2), num(r[3]), 1e-6);
            if (Double.isNaN(phi31)) {
                assertNull(r[4]);
                assertNull(r[5]);
            } else {
                assertEquals(phi31, num(r[4]), 1e-6);
                assertEquals(PhaseConvention.wrap(phi31 - Math.PI), num(r[5]), 1e-6);
            }
            double g = num(f[col.get("int_average_g")]);
            assertEquals(g, num(r[6]), 1e-5);
            assertEquals(num(f[col.get("metallicity")]), num(r[7]), 1e-6);
            double ag = num(f[col.get("g_absorption")]);
            assertEquals(ag, num(r[8]), 1e-6);
            String flags = (String) r[13];
            if (type.equals("RRab")) {
                double expected = models.bayesFeh(pf, PhaseConvention.wrap(phi31 - Math.PI));
                assertEquals(expected, num(r[9]), 1e-6);
                double feh = num(r[10]);
                assertEquals(0.32 * feh + 1.11, num(r[12]), 1e-9);
                assertEquals(g - (Double.isNaN(ag) ? 0 : ag) - (0.32 * feh + 1.11), num(r[11]), 1e-5);
                assertEquals(Double.isNaN(ag), flags != null && flags.contains("NO_EXTINCTION"), flags);
            } else {
                assertNull(r[10]);
                assertTrue(flags.contains("NO_CALIBRATION_FOR_" + type.toUpperCase()), flags);
            }
            if (positions) {
                assertEquals(num(f[col.get("ra")]), num(r[14]), 1e-12);
                assertEquals(num(f[col.get("dec")]), num(r[15]), 1e-12);
                assertEquals("input_table", r[16]);
            } else {
                double[] c = HealpixNested.pix2ang(12, HealpixNested.gaiaPixel(id));
                assertEquals(c[0], num(r[14]), 1e-12);
                assertEquals(c[1], num(r[15]), 1e-12);
                assertEquals("healpix12_centre", r[16]);
                assertTrue(flags.startsWith("APPROX_POSITION"), flags);
            }
            float[] ampl = (float[]) f[col.get("fund_freq1_harmonic_ampl_g")];
            assertEquals(ampl[0], num(r[17]), 1e-6);
            assertEquals(num(f[col.get("r21_g")]), num(r[18]), 1e-6);
            assertEquals(((Number) f[col.get("num_harmonics_for_p1_g")]).intValue(), r[20]);
        }
    }

    private static double num(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
