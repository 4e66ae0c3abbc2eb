package org.lyrae.tap.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.ac.starlink.table.StarTable;

/**
 * {@code lyrae.crts_rrlyrae}: the Catalina (CRTS) type-ab RR Lyrae catalogue of Drake et al.
 * (2013), {@code neurraly/crts_x_sdss/RRL_params}: one row per catalogue line.
 *
 * <p>The file is a fixed-width text table: a header line, a line of '=', then per star 11 numeric
 * fields and an optional prior name in which '_' stands for a space ("V0420_Peg__"). No field
 * is ever blank and none contains a space, so fields are split on whitespace and the count (11 or
 * 12) is checked: two fields run together would be caught. The header is compared with the
 * expected one so that a reordered file fails instead of filling the wrong columns. Units are
 * those of the catalogue: degrees, mag, days, kpc (distances 0.2 to 72), MJD.
 */
public final class CatalinaRrLyrae implements DemoTableSource {

    static final String FILE = "neurraly/crts_x_sdss/RRL_params";
    private static final String HEADER =
            "CSS ID RA (deg) Dec (deg) V Period Amp Npts Dist Red MJD peak CSS ID num Prior ID";

    @Override
    public String descriptorName() {
        return "lyrae.crts_rrlyrae";
    }

    @Override
    public StarTable read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 2 || !lines.get(0).trim().replaceAll("\\s+", " ").equals(HEADER)) {
            throw new IOException(file + ": unexpected header " + (lines.isEmpty() ? "(empty file)" : lines.get(0)));
        }
        DemoCatalogue.TableBuilder table = new DemoCatalogue.TableBuilder(descriptorName());
        for (int n = 2; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f.length != 11 && f.length != 12) {
                throw new IOException(file + " line " + (n + 1) + ": " + f.length + " fields, expected 11 or 12");
            }
            String prior = f.length == 12 ? f[11].replaceAll("_+", " ").trim() : null;
            table.row()
                    .put("crts_name", f[0])
                    .put("ra", Double.valueOf(f[1]))
                    .put("dec", Double.valueOf(f[2]))
                    .put("v_mean", Double.valueOf(f[3]))
                    .put("period", Double.valueOf(f[4]))
                    .put("amplitude_v", Double.valueOf(f[5]))
                    .put("n_points", Integer.valueOf(f[6]))
                    .put("helio_distance", Double.valueOf(f[7]))
                    .put("ebv", Double.valueOf(f[8]))
                    .put("epoch_max", Double.valueOf(f[9]))
                    .put("crts_id", Long.valueOf(f[10]))
                    .put("prior_id", prior == null || prior.isEmpty() ? null : prior)
                    .add();
        }
        return table.build();
    }
}
