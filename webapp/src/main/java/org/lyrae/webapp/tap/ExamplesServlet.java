package org.lyrae.webapp.tap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.lyrae.webapp.http.Xml;
import org.lyrae.webapp.http.XmlResponse;

/** DALI examples: an XHTML page with RDFa-marked queries, from the declarative {@code examples.json}. */
public final class ExamplesServlet extends HttpServlet {
    private final List<Example> examples;

    public ExamplesServlet(List<Example> examples) {
        this.examples = examples;
    }

    public static List<Example> load() {
        try (InputStream in = ExamplesServlet.class.getResourceAsStream("/examples.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Example>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML+RDFa 1.1//EN\" \"http://www.w3.org/MarkUp/DTD/xhtml-rdfa-2.dtd\">\n")
          .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" version=\"XHTML+RDFa 1.1\">\n")
          .append("<head><title>Lyrae TAP examples</title></head>\n")
          .append("<body vocab=\"http://www.ivoa.net/rdf/examples#\">\n")
          .append("<h1>Example queries for the Lyrae TAP service</h1>\n");
        for (Example e : examples) {
            sb.append("<div id=\"").append(Xml.escape(e.id())).append("\" resource=\"#").append(Xml.escape(e.id()))
              .append("\" typeof=\"example\">\n")
              .append("  <h2 property=\"name\">").append(Xml.escape(e.name())).append("</h2>\n")
              .append("  <p>").append(Xml.escape(e.description())).append("</p>\n")
              .append("  <pre property=\"query\">").append(Xml.escape(e.query())).append("</pre>\n");
            if (e.tables() != null && !e.tables().isEmpty()) {
                sb.append("  <p>Tables: ");
                for (int i = 0; i < e.tables().size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append("<span property=\"table\">").append(Xml.escape(e.tables().get(i))).append("</span>");
                }
                sb.append("</p>\n");
            }
            sb.append("</div>\n");
        }
        sb.append("</body>\n</html>\n");
        XmlResponse.send(resp, "application/xhtml+xml", sb.toString());
    }
}
