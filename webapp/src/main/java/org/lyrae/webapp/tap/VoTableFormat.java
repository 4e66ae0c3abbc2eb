package org.lyrae.webapp.tap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.lyrae.tap.adql.CompiledQuery;
import org.lyrae.tap.query.StreamingResultTable;
import org.lyrae.webapp.http.Xml;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * VOTable 1.4 results in one serialization, with the TAP QUERY_STATUS INFOs: OK before the table
 * and, after it, OVERFLOW when MAXREC cut rows off.
 */
public final class VoTableFormat implements ResultFormat {
    private final DataFormat format;
    private final String mime;
    private final List<String> aliases;
    private final String ivoId;
    private final String credit;

    public VoTableFormat(DataFormat format, String mime, List<String> aliases, String ivoId, String credit) {
        this.format = format;
        this.mime = mime;
        this.aliases = aliases;
        this.ivoId = ivoId;
        this.credit = credit;
    }

    @Override
    public String mimeType() {
        return mime;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String ivoId() {
        return ivoId;
    }

    @Override
    public void write(CompiledQuery query, StreamingResultTable table, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.ivoa.net/xml/VOTable/v1.3 http://www.ivoa.net/xml/VOTable/v1.3\">\n");
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        w.write("<INFO name=\"QUERY\" value=\"" + Xml.escape(query.adql()) + "\"/>\n");
        w.write("<INFO name=\"request_date\" value=\"" + Instant.now() + "\"/>\n");
        if (credit != null) w.write("<INFO name=\"citation\" value=\"" + Xml.escape(credit) + "\"/>\n");
        VOSerializer ser = VOSerializer.makeSerializer(format, VOTableVersion.V14, table);
        ser.writeInlineTableElement(w);
        if (table.overflowed()) w.write("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>\n");
        w.write("</RESOURCE>\n</VOTABLE>\n");
        w.flush();
    }
}
