package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.ForeignKeyDescriptor;
import org.lyrae.tap.schema.TableDescriptor;
import org.lyrae.webapp.http.DaliErrors;
import org.lyrae.webapp.http.Xml;
import org.lyrae.webapp.http.XmlResponse;

/**
 * VOSI tables 1.1: {@code /tables} (with {@code detail=min} leaving columns out) and
 * {@code /tables/<schema.table>} for one table, from the same descriptors as TAP_SCHEMA.
 */
public final class TablesServlet extends HttpServlet {
    private static final String NS = " xmlns:vosi=\"http://www.ivoa.net/xml/VOSITables/v1.0\""
            + " xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private final DescriptorCatalog catalog;
    private final Map<String, String> schemaDescriptions;

    public TablesServlet(DescriptorCatalog catalog, Map<String, String> schemaDescriptions) {
        this.catalog = catalog;
        this.schemaDescriptions = schemaDescriptions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path != null && path.length() > 1) {
            String name = path.substring(1);
            Optional<TableDescriptor> t = catalog.find(name);
            if (t.isEmpty()) {
                DaliErrors.send(resp, 404, "No table named '" + name + "'; /tap/tables lists the tables");
                return;
            }
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            table(sb, t.get(), true, "vosi:table", NS);
            XmlResponse.send(resp, "text/xml", sb.toString());
            return;
        }
        String detail = req.getParameter("detail");
        if (detail != null && !detail.equalsIgnoreCase("min") && !detail.equalsIgnoreCase("max")) {
            DaliErrors.send(resp, 400, "detail must be min or max; got '" + detail + "'");
            return;
        }
        boolean columns = !"min".equalsIgnoreCase(detail);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<vosi:tableset").append(NS).append(">\n");
        for (String schema : catalog.schemas()) {
            sb.append("  <schema>\n    <name>").append(Xml.escape(schema)).append("</name>\n");
            String d = schemaDescriptions.get(schema);
            if (d != null) sb.append("    <description>").append(Xml.escape(d)).append("</description>\n");
            for (TableDescriptor t : catalog.tables()) {
                if (t.schema().equalsIgnoreCase(schema)) table(sb, t, columns, "table", "");
            }
            sb.append("  </schema>\n");
        }
        sb.append("</vosi:tableset>\n");
        XmlResponse.send(resp, "text/xml", sb.toString());
    }

    private static void table(StringBuilder sb, TableDescriptor t, boolean withColumns, String element, String ns) {
        sb.append("    <").append(element).append(ns).append(" type=\"table\">\n");
        sb.append("      <name>").append(Xml.escape(t.qualifiedName())).append("</name>\n");
        if (t.description() != null) {
            String d = t.credit() == null ? t.description() : t.description() + " Credit: " + t.credit();
            sb.append("      <description>").append(Xml.escape(d)).append("</description>\n");
        }
        if (t.utype() != null) sb.append("      <utype>").append(Xml.escape(t.utype())).append("</utype>\n");
        if (withColumns) {
            for (ColumnDescriptor c : t.columns()) column(sb, c);
            for (ForeignKeyDescriptor fk : t.foreignKeys()) foreignKey(sb, fk);
        }
        sb.append("    </").append(element).append(">\n");
    }

    private static void column(StringBuilder sb, ColumnDescriptor c) {
        sb.append("      <column").append(c.std() ? " std=\"true\"" : "").append(">\n");
        sb.append("        <name>").append(Xml.escape(c.name())).append("</name>\n");
        opt(sb, "description", c.description());
        opt(sb, "unit", c.unit());
        opt(sb, "ucd", c.ucd());
        opt(sb, "utype", c.utype());
        sb.append("        <dataType xsi:type=\"vs:VOTableType\"");
        if (c.arraysize() != null) sb.append(" arraysize=\"").append(Xml.escape(c.arraysize())).append('"');
        if (c.xtype() != null) sb.append(" extendedType=\"").append(Xml.escape(c.xtype())).append('"');
        sb.append('>').append(c.datatype()).append("</dataType>\n");
        for (String flag : flags(c)) sb.append("        <flag>").append(flag).append("</flag>\n");
        sb.append("      </column>\n");
    }

    private static List<String> flags(ColumnDescriptor c) {
        java.util.ArrayList<String> f = new java.util.ArrayList<>();
        if (c.indexed()) f.add("indexed");
        if (c.principal()) f.add("principal");
        if (c.nullable()) f.add("nullable");
        return f;
    }

    private static void foreignKey(StringBuilder sb, ForeignKeyDescriptor fk) {
        sb.append("      <foreignKey>\n        <targetTable>").append(Xml.escape(fk.target())).append("</targetTable>\n");
        for (int i = 0; i < fk.from().size(); i++) {
            sb.append("        <fkColumn><fromColumn>").append(Xml.escape(fk.from().get(i)))
              .append("</fromColumn><targetColumn>").append(Xml.escape(fk.to().get(i))).append("</targetColumn></fkColumn>\n");
        }
        opt(sb, "description", fk.description());
        sb.append("      </foreignKey>\n");
    }

    private static void opt(StringBuilder sb, String element, String value) {
        if (value == null || value.isBlank()) return;
        sb.append("        <").append(element).append('>').append(Xml.escape(value)).append("</").append(element).append(">\n");
    }
}
