package org.lyrae.webapp.tap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.query.StreamingResultTable;
import org.lyrae.webapp.http.Xml;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * VOTable 1.4 results in one serialization, with the TAP QUERY_STATUS INFO before the table: OK,
 * or OVERFLOW when MAXREC cut rows off and that is known before the first row is written;
 * otherwise OVERFLOW follows the table (DALI allows both).
 */
public final class VoTableFormat implements ResultFormat {
    /**
     * Cells read ahead of the writer to settle the status before the table: clients that take the
     * first QUERY_STATUS as the answer (older pyvo, such as Debian 12's 1.2.1) miss an OVERFLOW
     * that comes only after the table. Larger results are not held back; they stream as before.
     */
    static final int READ_AHEAD_CELLS = 250_000;

    private final DataFormat format;
    private final FormatName name;
    private final String credit;

    public VoTableFormat(DataFormat format, FormatName name, String credit) {
        this.format = format;
        this.name = name;
        this.credit = credit;
    }

    @Override
    public FormatName name() {
        return name;
    }

    @Override
    public void write(CompiledQuery query, StreamingResultTable table, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.ivoa.net/xml/VOTable/v1.3 http://www.ivoa.net/xml/VOTable/v1.3\">\n");
        w.write("<RESOURCE type=\"results\">\n");
        int aheadRows = Math.max(100, READ_AHEAD_CELLS / Math.max(1, table.getColumnCount()));
        boolean overflowFirst = table.readAhead(aheadRows) && table.overflowed();
        w.write("<INFO name=\"QUERY_STATUS\" value=\"" + (overflowFirst ? "OVERFLOW" : "OK") + "\"/>\n");
        w.write("<INFO name=\"QUERY\" value=\"" + Xml.escape(query.adql()) + "\"/>\n");
        w.write("<INFO name=\"request_date\" value=\"" + Instant.now() + "\"/>\n");
        if (credit != null) w.write("<INFO name=\"citation\" value=\"" + Xml.escape(credit) + "\"/>\n");
        VOSerializer ser = VOSerializer.makeSerializer(format, VOTableVersion.V14, table);
        ser.writeInlineTableElement(w);
        if (table.overflowed() && !overflowFirst) w.write("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>\n");
        w.write("</RESOURCE>\n</VOTABLE>\n");
        w.flush();
    }
}
