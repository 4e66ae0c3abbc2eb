package org.lyrae.webapp.feh;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.BaseUrl;
import org.lyrae.webapp.http.Xml;
import org.lyrae.webapp.http.XmlResponse;
import org.lyrae.webapp.tap.CapabilitiesServlet;

/** /feh (a short page on the parameters, with a curl and a pyvo example) and /feh/capabilities (VOSI). */
public final class FehPages {
    private FehPages() {
    }

    /** VOSI capabilities of the light-curve service: the async job list, sync, and the VOSI endpoints. */
    public static final class Capabilities extends HttpServlet {
        private final LyraeConfig config;

        public Capabilities(LyraeConfig config) {
            this.config = config;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String feh = BaseUrl.of(req, config.baseUrl) + "/feh";
            StringBuilder sb = CapabilitiesServlet.header();
            sb.append("  <capability>\n    <description>RR Lyrae light curves in (UPLOAD), periods, Fourier parameters and [Fe/H] "
                    + "out; a UWS 1.1 job list</description>\n");
            sb.append("    <interface xsi:type=\"vs:ParamHTTP\" role=\"std\">\n      <accessURL use=\"base\">")
              .append(Xml.escape(feh + "/async")).append("</accessURL>\n    </interface>\n");
            sb.append("    <interface xsi:type=\"vs:ParamHTTP\">\n      <accessURL use=\"base\">")
              .append(Xml.escape(feh + "/sync")).append("</accessURL>\n    </interface>\n  </capability>\n");
            CapabilitiesServlet.vosi(sb, "ivo://ivoa.net/std/VOSI#capabilities", feh + "/capabilities");
            CapabilitiesServlet.vosi(sb, "ivo://ivoa.net/std/VOSI#availability", feh + "/availability");
            XmlResponse.send(resp, "text/xml", sb.append("</vosi:capabilities>\n").toString());
        }
    }

    /** {@code /feh}: what the service does, its parameters and two ways to call it. */
    public static final class Home extends HttpServlet {
        private final LyraeConfig config;

        public Home(LyraeConfig config) {
            this.config = config;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String feh = Xml.escape(BaseUrl.of(req, config.baseUrl) + "/feh");
            resp.setContentType("text/html");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lyrae light-curve service</title>"
                    + "</head><body><h1>RR Lyrae light curves to [Fe/H]</h1>"
                    + "<p>Upload light curves (one star or many, grouped by <code>source_id</code>); get back one row per star with the "
                    + "period, Fourier parameters with errors, [Fe/H] &plusmn; &sigma; from each model, the adopted value and flags: "
                    + "the numbers of <code>lyrae analyze</code> on the same files. Files: VOTable, FITS, CSV, ECSV, IPAC, Gaia DR3 "
                    + "epoch photometry (flux or mag), ASAS, CRTS, headerless text; gzip or bzip2 compressed, or many in a zip or "
                    + "tar archive.</p><ul>"
                    + "<li><a href=\"feh/async\"><code>" + feh + "/async</code></a>: UWS 1.1 jobs (results <code>result</code>, "
                    + "<code>summary</code> and one <code>plot-&lt;source_id&gt;.png</code> per star; progress in jobInfo)</li>"
                    + "<li><code>" + feh + "/sync</code>: the table at once, for at most " + config.fehSyncMaxStars + " stars and "
                    + config.fehSyncMaxBytes / 1024 + " KiB</li>"
                    + "<li><a href=\"feh/capabilities\">capabilities</a>, <a href=\"feh/availability\">availability</a></li></ul>"
                    + "<h2>Parameters</h2><table border=\"1\" cellpadding=\"4\">"
                    + row("UPLOAD", "<code>lc,param:lc</code> with a multipart part <code>lc</code>, or <code>lc,https://...</code>; "
                    + "several as <code>a,param:a;b,param:b</code>. Required.")
                    + row("MODELS", "comma-separated: bayes, xgboost, lstm, transformer, or all (default)")
                    + row("PERIOD", "days, for a single-star upload (default: searched between MINPERIOD and MAXPERIOD, 0.2&ndash;1.2 d)")
                    + row("BAND", "band to read from multi-band tables, and of files that do not say (default G)")
                    + row("RESPONSEFORMAT", "votable (default), csv or fits")
                    + row("PLOTS", "true (default) or false: a PNG of each fit among the async results")
                    + row("LCFORMAT", "the input format when detection fails (votable, fits, csv, ecsv, gaia-dr3-csv, asas, crts, ...)")
                    + row("ID_COL, TIME_COL, MAG_COL, FLUX_COL, ERR_COL, BAND_COL, PERIOD_COL", "column names, when detection is ambiguous")
                    + "</table><h2>curl</h2><pre>curl -L -F UPLOAD=lc,param:lc -F lc=@5853498713190525696.csv -F MODELS=bayes,xgboost "
                    + "-F PHASE=RUN " + feh + "/async\ncurl '" + feh + "/async/JOBID?WAIT=30'\ncurl -o result.xml " + feh
                    + "/async/JOBID/results/result</pre>"
                    + "<h2>pyvo</h2><pre>import pyvo\njob = pyvo.dal.AsyncTAPJob.create(\"" + feh + "\", \"\", "
                    + "uploads={\"lc\": open(\"curves.zip\", \"rb\")})\n"
                    + "job.run().wait()\ntable = job.fetch_result().to_table()</pre></body></html>");
        }

        private static String row(String name, String what) {
            return "<tr><td><code>" + name + "</code></td><td>" + what + "</td></tr>";
        }
    }
}
