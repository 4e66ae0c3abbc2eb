package org.lyrae.ml.lc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read, or stars that cannot be used: each message names the file and the problem. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static LightCurveException fails(Path file, ReadOptions options) {
        return assertThrows(LightCurveException.class, () -> LightCurveReaders.standard().read(file, options));
    }

    private static void says(LightCurveException e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = file("empty.csv", "");
        LightCurveException e = fails(f, ReadOptions.defaults());
        says(e, "empty.csv", "is empty");
        assertEquals("empty.csv", e.source());
    }

    @Test
    void headerOnly() throws Exception {
        says(fails(file("header-only.csv", "source_id,time,mag,mag_err\n"), ReadOptions.defaults()),
                "header-only.csv", "no epochs");
    }

    @Test
    void singleEpoch() throws Exception {
        says(fails(file("one-epoch.csv", "time,mag,mag_err\n1.5,12.1,0.01\n"), ReadOptions.defaults()),
                "one-epoch.csv", "star one-epoch", "only 1 usable epoch, fewer than the 3 needed");
        // the threshold is an option
        Path two = file("two-epochs.txt", "1.5 12.1\n1.9 12.3\n");
        says(fails(two, ReadOptions.defaults()), "two-epochs.txt", "only 2 usable epochs");
        assertEquals(2, LightCurveReaders.standard().read(two, ReadOptions.defaults().withMinEpochs(2)).single().size());
    }

    @Test
    void allNanColumn() throws Exception {
        says(fails(file("nan-mags.csv", "time,mag,mag_err\n1,NaN,0.1\n2,NaN,0.1\n3,nan,0.1\n"), ReadOptions.defaults()),
                "nan-mags.csv", "column 'mag' has no finite value in 3 rows");
        says(fails(file("nan-times.txt", "nan 12.0\nnan 12.1\nNaN 12.2\n"), ReadOptions.defaults()),
                "nan-times.txt", "column 1 (time) has no finite value in 3 lines");
        // an all-NaN error column is left out, with a warning; the curve is read
        ReadResult r = LightCurveReaders.standard().read(
                file("nan-errors.csv", "time,mag,mag_err\n1,12,NaN\n2,12.5,NaN\n3,12.2,NaN\n"), ReadOptions.defaults());
        assertEquals(null, r.single().magErr());
        assertTrue(r.warnings().get(0).contains("nan-errors.csv") && r.warnings().get(0).contains("'mag_err'"));
    }

    @Test
    void noTimeColumnListsTheColumns() throws Exception {
        LightCurveException e = fails(file("no-time.csv", "star,when,mag\nA,1,12\nA,2,12.1\nA,3,12.2\n"),
                ReadOptions.defaults());
        says(e, "no-time.csv", "time: no column found", "Columns found: star (String), when (", "mag (",
                "Detected: id=star, time=none, mag=mag");
    }

    @Test
    void fileLargerThanTheLimit() throws Exception {
        Path f = file("big.csv", "time,mag\n" + "1,12\n".repeat(40));
        says(fails(f, ReadOptions.defaults().withMaxBytes(100)), "big.csv", "is 209 bytes, larger than the limit of 100 bytes");
        assertEquals(ReadOptions.DEFAULT_MAX_BYTES, 2L << 30);
    }

    @Test
    void duplicatedTimes() throws Exception {
        Path f = file("dup.csv", "time,mag,mag_err\n1.0,12.0,0.02\n2.0,12.5,0.03\n2.00000001,12.6,0.01\n3.0,12.2,0.02\n");
        ReadResult r = LightCurveReaders.standard().read(f);
        LightCurve c = r.single();
        assertEquals(Map.of("duplicate", 1), c.dropped());
        assertEquals(3, c.size());
        assertEquals(12.6, c.mag()[1], 0.0, "the one with the smaller error");
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("dup.csv: star dup: dropped 1 epoch with a duplicated time"),
                r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("rows 2 and 3"), r.warnings().get(0));
        says(fails(f, ReadOptions.defaults().withStrict(true)), "dup.csv", "star dup", "appears more than once",
                "rows 2 and 3");
        // apart by more than 1e-7 d: two epochs
        Path apart = file("apart.csv", "time,mag\n1.0,12.0\n2.0,12.5\n2.000001,12.6\n");
        assertEquals(3, LightCurveReaders.standard().read(apart).single().size());
    }

    @Test
    void negativeErrors() throws Exception {
        Path f = file("neg.txt", "# a star with negative errors\n1.0 12.0 0.02\n2.0 12.5 -0.03\n3.0 12.6 0.0\n4.0 12.2 0.02\n5 12.3 0.01\n");
        ReadResult r = LightCurveReaders.standard().read(f);
        assertEquals(HeaderlessTextFormat.NAME, r.format());
        assertEquals(Map.of("bad-error", 2), r.single().dropped());
        assertEquals(3, r.single().size());
        assertTrue(r.warnings().get(0).contains("neg.txt") && r.warnings().get(0).contains("negative or zero error")
                && r.warnings().get(0).contains("line 3: -0.03"), r.warnings().get(0));
        says(fails(f, ReadOptions.defaults().withStrict(true)), "neg.txt", "column 3 (error) is -0.03 at line 3",
                "errors must be positive");
    }

    @Test
    void malformedText() throws Exception {
        says(fails(file("bad-number.dat", "1.0 12.0\n2.0 12.5\n3.0 abc\n"), ReadOptions.defaults()),
                "bad-number.dat", "line 3, column 2: 'abc' is not a number");
        says(fails(file("ragged.dat", "1.0 12.0\n2.0 12.5\n3.0\n"), ReadOptions.defaults()),
                "ragged.dat", "line 3 has 1 column, expected 2");
        says(fails(file("wide.dat", "1 2 3 4\n5 6 7 8\n"), ReadOptions.defaults()),
                "wide.dat", "has no header and 4 columns", "must have 2 or 3");
        Path binary = dir.resolve("noise.bin");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9, 0, 0, 0, 4});
        says(fails(binary, ReadOptions.defaults()), "noise.bin", "is not in a format that can be read");
        says(fails(file("x.csv", "time,mag\n1,2\n"), ReadOptions.defaults().withFormat("no-such-format")),
                "x.csv", "unknown format 'no-such-format'", "asas", "VOTable");
    }

    @Test
    void badStarOfAMultiStarFileIsReportedAndTheOthersRead() throws Exception {
        // unsorted, interleaved; star B has two epochs, star C's magnitudes are all NaN
        Path f = file("three-stars.csv", String.join("\n",
                "source_id,time,mag,mag_err",
                "A,3.0,12.3,0.01", "B,1.0,14.0,0.02", "C,1.0,NaN,0.01", "A,1.0,12.1,0.01", "C,2.0,NaN,0.01",
                "B,2.0,14.1,0.02", "A,2.0,12.2,0.01", "C,3.0,NaN,0.01", "A,4.0,12.4,0.01", "") + "\n");
        ReadResult r = LightCurveReaders.standard().read(f);
        assertEquals(1, r.curves().size());
        LightCurve a = r.curve("A");
        assertEquals(4, a.size());
        assertEquals(12.1, a.mag()[0], 0.0);
        assertEquals(12.4, a.mag()[3], 0.0);
        assertEquals(2, r.problems().size());
        StarProblem b = r.problems().get(0);
        assertEquals("B", b.star());
        assertEquals("three-stars.csv", b.source());
        assertTrue(b.message().startsWith("three-stars.csv: star B: only 2 usable epochs, fewer than the 3 needed"),
                b.message());
        assertTrue(r.problems().get(1).message().contains("star C: only 0 usable epochs")
                && r.problems().get(1).message().contains("3 non-finite"), r.problems().get(1).message());
        // none usable: the read fails, naming each
        Path none = file("none.csv", "id,time,mag\nX,1,12\nY,1,13\nY,2,13.1\n");
        says(fails(none, ReadOptions.defaults()), "none.csv", "none of its 2 stars is usable", "star X: only 1",
                "star Y: only 2");
    }
}
