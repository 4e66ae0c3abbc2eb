package org.lyrae.tap.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.ac.starlink.table.StarTable;

/**
 * {@code lyrae.bulge_rrab}: inner-bulge RRab with photometric [Fe/H] from VVV Ks light curves,
 * {@code bulge_ks/table5.dat} (table 5 of Dékány &amp; Grebel 2022): one row per line.
 *
 * <p>The file is whitespace-separated with a {@code #} header ({@code ID RA DEC [Fe/H]_K
 * [Fe/H]_K_e K_mean N_ep Period A_tot C_phi S/N}) and has no ReadMe; RA is sexagesimal hours and
 * DEC sexagesimal degrees, converted here to decimal degrees. Units otherwise: mag for K_mean and
 * A_tot, days for the period; [Fe/H], phase coverage and S/N are dimensionless.
 */
public final class BulgeRrab implements DemoTableSource {

    static final String FILE = "bulge_ks/table5.dat";

    @Override
    public String descriptorName() {
        return "lyrae.bulge_rrab";
    }

    @Override
    public StarTable read(Path dataDir) throws IOException {
        List<Map<String, String>> rows = org.lyrae.ml.calib.WhitespaceTable.read(dataDir.resolve(FILE));
        DemoCatalogue.TableBuilder table = new DemoCatalogue.TableBuilder(descriptorName());
        for (Map<String, String> r : rows) {
            table.row()
                    .put("id", r.get("ID"))
                    .put("ra", 15 * sexagesimal(r.get("RA")))
                    .put("dec", sexagesimal(r.get("DEC")))
                    .put("feh", Double.valueOf(r.get("[Fe/H]_K")))
                    .put("feh_error", Double.valueOf(r.get("[Fe/H]_K_e")))
                    .put("k_mean", Double.valueOf(r.get("K_mean")))
                    .put("n_epochs", Integer.valueOf(r.get("N_ep")))
                    .put("period", Double.valueOf(r.get("Period")))
                    .put("amplitude_k", Double.valueOf(r.get("A_tot")))
                    .put("phase_coverage", Double.valueOf(r.get("C_phi")))
                    .put("snr", Double.valueOf(r.get("S/N")))
                    .add();
        }
        return table.build();
    }

    /**
     * "±DD:MM:SS.s" (or hours) to a decimal number. The sign is taken from the text, not from the
     * first field, so that "-00:30:00" stays negative.
     */
    static double sexagesimal(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        String[] p = t.replaceFirst("^[+-]", "").split(":");
        if (p.length != 3) throw new IllegalArgumentException("not sexagesimal: " + text);
        double value = Double.parseDouble(p[0]) + Double.parseDouble(p[1]) / 60 + Double.parseDouble(p[2]) / 3600;
        return negative ? -value : value;
    }
}
