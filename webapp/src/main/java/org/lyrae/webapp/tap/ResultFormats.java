package org.lyrae.webapp.tap;

import java.util.List;
import java.util.Optional;
import uk.ac.starlink.fits.FitsTableWriter;
import uk.ac.starlink.table.formats.CsvTableWriter;
import uk.ac.starlink.votable.DataFormat;

/** The output formats the TAP service offers; the first is the default. */
public final class ResultFormats {
    private final List<ResultFormat> formats;

    public ResultFormats(String credit) {
        String vot = "application/x-votable+xml";
        formats = List.of(
            new VoTableFormat(DataFormat.TABLEDATA, new FormatName(vot,
                    List.of("votable", "votable/td", "text/xml", "application/votable+xml", vot + ";serialization=TABLEDATA"),
                    "ivo://ivoa.net/std/TAPRegExt#output-votable-td"), credit),
            new VoTableFormat(DataFormat.BINARY, new FormatName(vot + ";serialization=BINARY",
                    List.of("votable/b", "votableb"), "ivo://ivoa.net/std/TAPRegExt#output-votable-binary"), credit),
            new VoTableFormat(DataFormat.BINARY2, new FormatName(vot + ";serialization=BINARY2",
                    List.of("votable/b2", "votableb2"), "ivo://ivoa.net/std/TAPRegExt#output-votable-binary2"), credit),
            new StilFormat(new FitsTableWriter(), new FormatName("application/fits", List.of("fits"), null), true),
            new StilFormat(new CsvTableWriter(true), new FormatName("text/csv", List.of("csv", "text/csv;header=present"), null), false),
            new TsvFormat());
    }

    public List<ResultFormat> all() {
        return formats;
    }

    public ResultFormat byDefault() {
        return formats.get(0);
    }

    public Optional<ResultFormat> find(String name) {
        return formats.stream().filter(f -> f.accepts(name)).findFirst();
    }
}
