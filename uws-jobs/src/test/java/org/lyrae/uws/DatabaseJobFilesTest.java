package org.lyrae.uws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.db.Database;

/** Job files kept in the database: written and read back in chunks, replaced, discarded, deleted; on both dialects. */
class DatabaseJobFilesTest {

    @Test
    void roundTripsOnH2() throws Exception {
        try (Database db = TestDatabases.h2()) {
            roundTrips(new DatabaseJobFiles(db));
        }
    }

    @Test
    void roundTripsOnPostgres() throws Exception {
        try (Database db = TestDatabases.postgres("files")) {
            roundTrips(new DatabaseJobFiles(db));
        }
    }

    private static void roundTrips(JobFiles files) throws Exception {
        Random random = new Random(7);
        // sizes around the chunk boundaries, where an off-by-one loses or repeats bytes
        int[] sizes = {0, 1, DatabaseJobFiles.CHUNK - 1, DatabaseJobFiles.CHUNK, 2 * DatabaseJobFiles.CHUNK + 17};
        for (int size : sizes) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            String name = "result-" + size + ".vot";
            try (OutputStream out = files.writeResult("job1", name)) {
                // odd-sized writes, and single bytes, as STIL's writers do
                int at = 0;
                while (at < size) {
                    int n = Math.min(size - at, 1 + random.nextInt(70_000));
                    if (n == 1) out.write(data[at]); else out.write(data, at, n);
                    at += n;
                }
            }
            assertArrayEquals(data, readAll(files.readResult("job1", name)), "size " + size);
        }
        try (OutputStream out = files.writeResult("job1", "result-1.vot")) {
            out.write(new byte[] {42, 43});
        }
        assertArrayEquals(new byte[] {42, 43}, readAll(files.readResult("job1", "result-1.vot")), "a rewrite replaces");

        try (OutputStream out = files.writeInput("job1", "upload.vot")) {
            out.write("<VOTABLE/>".getBytes());
        }
        assertEquals("<VOTABLE/>", new String(readAll(files.readInput("job1", "upload.vot"))));
        assertNull(files.readResult("job1", "upload.vot"), "inputs and results are apart");
        assertNull(files.readInput("job2", "upload.vot"), "jobs are apart");

        files.discardResult("job1", "result-0.vot");
        assertNull(files.readResult("job1", "result-0.vot"));
        assertEquals(2, readAll(files.readResult("job1", "result-1.vot")).length, "discarding one result keeps the others");

        files.delete("job1");
        assertNull(files.readResult("job1", "result-1.vot"));
        assertNull(files.readInput("job1", "upload.vot"));
    }

    private static byte[] readAll(InputStream in) throws Exception {
        try (InputStream i = in) {
            return i.readAllBytes();
        }
    }
}
