package org.lyrae.ml.lc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column detection, explicit columns, and which format the registry picks. */
class ColumnRolesTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static final String AMBIGUOUS = String.join("\n", "star,hjd,mjd,vmag,imag,e_vmag",
            "s1,2455000.1,55000.0,12.1,11.5,0.01", "s1,2455000.3,55000.2,12.3,11.6,0.02",
            "s1,2455000.6,55000.5,12.2,11.4,0.01", "");

    @Test
    void ambiguousColumnsAreReportedAndResolvedByNamingThem() throws Exception {
        Path f = file("ambiguous.csv", AMBIGUOUS);
        LightCurveException e = assertThrows(LightCurveException.class, () -> LightCurveReaders.standard().read(f));
        String m = e.getMessage();
        assertTrue(m.startsWith("ambiguous.csv: "), m);
        assertTrue(m.contains("time: ambiguous, several columns could be it (hjd, mjd)"), m);
        assertTrue(m.contains("mag: ambiguous, several columns could be it (vmag, imag)"), m);
        assertTrue(m.contains("Columns found: star (String), hjd (Double), mjd (Float), vmag (Float), imag (Float), "
                + "e_vmag (Float)"), m);
        assertTrue(m.contains("ColumnRoles"), m);

        ReadOptions named = ReadOptions.defaults().withColumns(ColumnRoles.DETECT.withTime("HJD").withMag("vmag"));
        LightCurve c = LightCurveReaders.standard().read(f, named).single();
        assertEquals("s1", c.id());
        assertArrayEquals(new double[] {2455000.1, 2455000.3, 2455000.6}, c.time());
        assertArrayEquals(new double[] {12.1, 12.3, 12.2}, c.mag());
        assertArrayEquals(new double[] {0.01, 0.02, 0.01}, c.magErr(), "e_vmag found as the magnitude error");

        LightCurve i = LightCurveReaders.standard().read(f, ReadOptions.defaults().withColumns(
                ColumnRoles.DETECT.withTime("mjd").withMag("imag").withError("e_vmag"))).single();
        assertArrayEquals(new double[] {55000.0, 55000.2, 55000.5}, i.time());
        assertArrayEquals(new double[] {11.5, 11.6, 11.4}, i.mag());

        LightCurveException missing = assertThrows(LightCurveException.class, () -> LightCurveReaders.standard()
                .read(f, ReadOptions.defaults().withColumns(ColumnRoles.DETECT.withTime("bjd").withMag("vmag"))));
        assertTrue(missing.getMessage().contains("time: the column named for it, 'bjd', is not in the table"),
                missing.getMessage());
    }

    @Test
    void anEmptyNameSaysTheTableHasNoSuchColumn() throws Exception {
        // a row counter called "id": every row a star of one epoch, until the user says there is no identifier
        Path f = file("RR_Cet.csv", "id,time,mag,mag_err\n0,1,12,0.01\n1,2,12.5,0.01\n2,3,12.2,0.01\n");
        LightCurveException e = assertThrows(LightCurveException.class, () -> LightCurveReaders.standard().read(f));
        assertTrue(e.getMessage().contains("none of its 3 stars is usable"), e.getMessage());
        ReadResult r = LightCurveReaders.standard().read(f,
                ReadOptions.defaults().withColumns(ColumnRoles.DETECT.withId("").withError("")));
        assertEquals("RR_Cet", r.single().id());
        assertEquals(3, r.single().size());
        assertNull(r.single().magErr());
    }

    @Test
    void fluxNeedsABandOrAZeroPoint() throws Exception {
        Path f = file("fluxes.csv", "obj_id,mjd,flux,flux_err\nA,1,1000,10\nA,2,2000,10\nA,3,1500,15\nA,4,-5,3\n");
        LightCurveException e = assertThrows(LightCurveException.class, () -> LightCurveReaders.standard().read(f));
        assertTrue(e.getMessage().contains("fluxes.csv") && e.getMessage().contains("'flux' holds fluxes")
                && e.getMessage().contains("zero point"), e.getMessage());
        LightCurve c = LightCurveReaders.standard().read(f, ReadOptions.defaults().withFluxZeroPoint(20)).single();
        assertEquals(20 - 2.5 * Math.log10(1000), c.mag()[0], 1e-12);
        assertEquals(2.5 / Math.log(10) * 10 / 1000, c.magErr()[0], 1e-15);
        assertEquals(1, c.dropped().get("non-positive-flux"));
        LightCurve rp = LightCurveReaders.standard().read(f, ReadOptions.defaults().withBand("RP")).single();
        assertEquals("RP", rp.band());
        assertEquals(Photometry.GAIA_RP_ZERO_POINT - 2.5 * Math.log10(2000), rp.mag()[1], 1e-12);
    }

    @Test
    void periodPerStarAndIdentifierByUcdOrName() throws Exception {
        Path f = file("periods.csv", "objid,time,mag,pf\nA,1,12,0.55\nB,1,13,0.61\nA,2,12.2,0.55\nB,2,13.1,0.61\n"
                + "A,3,12.1,0.55\nB,3,13.3,0.61\n");
        ReadResult r = LightCurveReaders.standard().read(f);
        assertEquals(0.55, r.curve("A").period(), 0.0);
        assertEquals(0.61, r.curve("B").period(), 0.0);
        assertNull(r.curve("A").magErr());
        assertTrue(Double.isNaN(LightCurveReaders.standard().read(file("noperiod.csv", "time,mag\n1,2\n2,3\n3,4\n"))
                .single().period()));
    }

    @Test
    void theRegistryPicksTheFormat() throws Exception {
        LightCurveReaders readers = LightCurveReaders.standard();
        assertEquals(List.of("gaia-dr3-csv", "crts", "asas", "folded", "headerless", "table"), readers.names());
        Path gaia = GaiaEpochCsvTest.csvFiles().get(0);
        assertEquals("gaia-dr3-csv", readers.detect(FileProbe.of(gaia, null, 1 << 20)).name());
        Path crts = file("CSS_J001334.5-095019_1009002026536_lc.txt", "# time mag mag_err\n53711.1 15.0 0.06\n");
        assertEquals("crts", readers.detect(FileProbe.of(crts, null, 1 << 20)).name());
        Path asas = file("000036+2639.8.lc", "2820.8613 12.4030 0.0652 -0.0476 0.9855\n");
        assertEquals("asas", readers.detect(FileProbe.of(asas, null, 1 << 20)).name());
        Path folded = file("4042537606908132736_bin.dat", "0.007576 16.814334\n");
        assertEquals("folded", readers.detect(FileProbe.of(folded, null, 1 << 20)).name());
        Path plain = file("plain.dat", "# comment\n1 2\n");
        assertEquals("headerless", readers.detect(FileProbe.of(plain, null, 1 << 20)).name());
        assertEquals("table", readers.detect(FileProbe.of(file("t.csv", "time,mag\n1,2\n"), null, 1 << 20)).name());
    }

    @Test
    void headerlessTextCommaOrWhitespaceAndAWhitespaceTableWithAHeader() throws Exception {
        Path two = file("V1234_Oph.csv", "0.5,12.0\n0.1,12.2\n0.3,12.1\n");
        ReadResult r = LightCurveReaders.standard().read(two, ReadOptions.defaults().withBand("v"));
        assertEquals(HeaderlessTextFormat.NAME, r.format());
        LightCurve c = r.single();
        assertEquals("V1234_Oph", c.id());
        assertEquals("V", c.band());
        assertArrayEquals(new double[] {0.1, 0.3, 0.5}, c.time());
        assertNull(c.magErr());

        Path table = file("star.txt", "hjd mag mag_err\n2455000.1 12.0 0.01\n2455000.2 12.1 0.01\n2455000.4 12.3 0.02\n");
        ReadResult t = LightCurveReaders.standard().read(table);
        assertEquals("table/ASCII", t.format());
        assertEquals("column 'hjd'", t.timeSystem());
        assertArrayEquals(new double[] {0.01, 0.01, 0.02}, t.single().magErr());
        assertArrayEquals(new double[] {2455000.1, 2455000.2, 2455000.4}, t.single().time());

        // the same with the header as a comment, and the columns in another order: read by name, not position
        Path commented = file("star2.dat", "# mag_err hjd mag\n0.01 2455000.1 12.0\n0.01 2455000.2 12.1\n"
                + "0.02 2455000.4 12.3\n");
        ReadResult u = LightCurveReaders.standard().read(commented);
        assertEquals("table/ASCII", u.format());
        assertArrayEquals(new double[] {2455000.1, 2455000.2, 2455000.4}, u.single().time());
        assertArrayEquals(new double[] {12.0, 12.1, 12.3}, u.single().mag());
    }

    @Test
    void compressedFilesAndTheUploadName() throws Exception {
        Path gz = dir.resolve("upload-7f3a.tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("source_id,time,mag\n42,1,12\n42,2,12.5\n42,3,12.2\n".getBytes());
        }
        ReadResult r = LightCurveReaders.standard().read(gz, ReadOptions.defaults().withSourceName("mystars.csv.gz"));
        assertEquals("mystars.csv.gz", r.source());
        assertEquals("42", r.single().id());
        Path single = dir.resolve("upload-2.tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(single))) {
            out.write("1 12\n2 12.5\n3 12.2\n".getBytes());
        }
        assertEquals("RR_Lyr", LightCurveReaders.standard().read(single,
                ReadOptions.defaults().withSourceName("RR_Lyr.dat.gz")).single().id(), "the stem of the upload's name");
    }
}
