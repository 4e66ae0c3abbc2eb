package org.lyrae.webapp.tap;

import java.io.IOException;
import java.io.OutputStream;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.query.StreamingResultTable;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableWriter;
import uk.ac.starlink.table.StoragePolicy;

/**
 * A format written by a STIL table writer. Writers that must know the row count before the
 * first row (FITS) get the result spooled to disk first, never to memory.
 */
public final class StilFormat implements ResultFormat {
    private final StarTableWriter writer;
    private final FormatName name;
    private final boolean needsRowCount;

    public StilFormat(StarTableWriter writer, FormatName name, boolean needsRowCount) {
        this.writer = writer;
        this.name = name;
        this.needsRowCount = needsRowCount;
    }

    @Override
    public FormatName name() {
        return name;
    }

    @Override
    public void write(CompiledQuery query, StreamingResultTable table, OutputStream out) throws IOException {
        StarTable t = needsRowCount ? StoragePolicy.PREFER_DISK.copyTable(table) : table;
        writer.writeStarTable(t, out);
        out.flush();
    }
}
