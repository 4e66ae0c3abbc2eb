package org.lyrae.webapp.tap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.BaseUrl;
import org.lyrae.webapp.http.Xml;
import org.lyrae.webapp.http.XmlResponse;

/** VOSI capabilities of the TAP service (TAPRegExt 1.0): only what works is advertised. */
public final class CapabilitiesServlet extends HttpServlet {
    /** ADQL features beyond the core, by TAPRegExt feature type; each is exercised by the tests. */
    private static final String[][] FEATURES = {
        {"ivo://ivoa.net/std/TAPRegExt#features-adqlgeo", "POINT", "CIRCLE", "BOX", "POLYGON", "CONTAINS", "INTERSECTS",
            "DISTANCE", "AREA", "CENTROID", "COORD1", "COORD2"},
        {"ivo://ivoa.net/std/TAPRegExt#features-adql-string", "LOWER", "UPPER", "ILIKE"},
        {"ivo://ivoa.net/std/TAPRegExt#features-adql-offset", "OFFSET"},
        {"ivo://ivoa.net/std/TAPRegExt#features-adql-type", "CAST"},
        {"ivo://ivoa.net/std/TAPRegExt#features-adql-sets", "UNION", "EXCEPT", "INTERSECT"},
        {"ivo://ivoa.net/std/TAPRegExt#features-adql-common-table", "WITH"},
    };

    private final ResultFormats formats;
    private final LyraeConfig config;

    public CapabilitiesServlet(ResultFormats formats, LyraeConfig config) {
        this.formats = formats;
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        XmlResponse.send(resp, "text/xml", document(BaseUrl.of(req, config.baseUrl) + "/tap"));
    }

    String document(String tap) {
        StringBuilder sb = header();
        sb.append("  <capability standardID=\"ivo://ivoa.net/std/TAP\" xsi:type=\"tr:TableAccess\">\n")
          .append("    <interface xsi:type=\"vs:ParamHTTP\" role=\"std\" version=\"1.1\">\n")
          .append("      <accessURL use=\"base\">").append(Xml.escape(tap)).append("</accessURL>\n")
          .append("    </interface>\n")
          .append("    <language>\n      <name>ADQL</name>\n")
          .append("      <version ivo-id=\"ivo://ivoa.net/std/ADQL#v2.0\">2.0</version>\n")
          .append("      <version ivo-id=\"ivo://ivoa.net/std/ADQL#v2.1\">2.1</version>\n")
          .append("      <description>ADQL 2.1 (and 2.0), parsed and translated by Vollt ADQLLib</description>\n");
        for (String[] f : FEATURES) {
            sb.append("      <languageFeatures type=\"").append(f[0]).append("\">\n");
            for (int i = 1; i < f.length; i++) {
                sb.append("        <feature><form>").append(f[i]).append("</form></feature>\n");
            }
            sb.append("      </languageFeatures>\n");
        }
        sb.append("    </language>\n");
        for (ResultFormat f : formats.all()) {
            sb.append("    <outputFormat");
            if (f.ivoId() != null) sb.append(" ivo-id=\"").append(f.ivoId()).append('"');
            sb.append(">\n      <mime>").append(Xml.escape(f.mimeType())).append("</mime>\n");
            for (String a : f.aliases()) {
                if (!a.contains("/") || a.startsWith("votable")) sb.append("      <alias>").append(Xml.escape(a)).append("</alias>\n");
            }
            sb.append("    </outputFormat>\n");
        }
        sb.append("    <uploadMethod ivo-id=\"ivo://ivoa.net/std/TAPRegExt#upload-inline\"/>\n")
          .append("    <uploadMethod ivo-id=\"ivo://ivoa.net/std/TAPRegExt#upload-http\"/>\n")
          .append("    <uploadMethod ivo-id=\"ivo://ivoa.net/std/TAPRegExt#upload-https\"/>\n")
          .append("    <retentionPeriod>\n      <default>").append(config.defaultRetentionSeconds).append("</default>\n")
          .append("      <hard>").append(config.maxRetentionSeconds).append("</hard>\n    </retentionPeriod>\n")
          .append("    <executionDuration>\n      <default>").append(config.defaultExecutionDuration).append("</default>\n")
          .append("      <hard>").append(config.maxExecutionDuration).append("</hard>\n    </executionDuration>\n")
          .append("    <outputLimit>\n      <default unit=\"row\">").append(config.defaultMaxrec).append("</default>\n")
          .append("      <hard unit=\"row\">").append(config.hardMaxrec).append("</hard>\n    </outputLimit>\n")
          .append("    <uploadLimit>\n      <hard unit=\"byte\">").append(config.maxUploadBytes).append("</hard>\n    </uploadLimit>\n")
          .append("  </capability>\n");
        vosi(sb, "ivo://ivoa.net/std/VOSI#capabilities", tap + "/capabilities");
        vosi(sb, "ivo://ivoa.net/std/VOSI#availability", tap + "/availability");
        vosi(sb, "ivo://ivoa.net/std/VOSI#tables-1.1", tap + "/tables");
        vosi(sb, "ivo://ivoa.net/std/DALI#examples", tap + "/examples");
        return sb.append("</vosi:capabilities>\n").toString();
    }

    /** The opening of a VOSI capabilities document, with the namespaces its capabilities use. */
    public static StringBuilder header() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<vosi:capabilities xmlns:vosi=\"http://www.ivoa.net/xml/VOSICapabilities/v1.0\"")
          .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
          .append(" xmlns:vr=\"http://www.ivoa.net/xml/VOResource/v1.0\"")
          .append(" xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\"")
          .append(" xmlns:tr=\"http://www.ivoa.net/xml/TAPRegExt/v1.0\">\n");
    }

    /** A capability with one ParamHTTP interface at {@code url}. */
    public static void vosi(StringBuilder sb, String id, String url) {
        sb.append("  <capability standardID=\"").append(id).append("\">\n")
          .append("    <interface xsi:type=\"vs:ParamHTTP\" role=\"std\"");
        if (id.endsWith("tables-1.1")) sb.append(" version=\"1.1\"");
        sb.append(">\n      <accessURL use=\"full\">").append(Xml.escape(url)).append("</accessURL>\n")
          .append("    </interface>\n  </capability>\n");
    }
}
