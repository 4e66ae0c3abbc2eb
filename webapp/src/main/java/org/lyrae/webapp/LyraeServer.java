package org.lyrae.webapp;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.lyrae.webapp.feh.FehExecutor;
import org.lyrae.webapp.feh.FehPages;
import org.lyrae.webapp.feh.FehSyncServlet;
import org.lyrae.webapp.http.BaseUrl;
import org.lyrae.webapp.http.DaliErrorHandler;
import org.lyrae.webapp.http.MultipartBoundaryHandler;
import org.lyrae.webapp.tap.AvailabilityServlet;
import org.lyrae.webapp.tap.CapabilitiesServlet;
import org.lyrae.webapp.tap.ExamplesServlet;
import org.lyrae.webapp.tap.ResultFormats;
import org.lyrae.webapp.tap.TablesServlet;
import org.lyrae.webapp.tap.TapSyncServlet;
import org.lyrae.webapp.uws.TapAsyncExecutor;
import org.lyrae.webapp.uws.UwsServlet;
import org.lyrae.webapp.web.WebPages;

/** Jetty with every endpoint wired explicitly, in one place. */
public final class LyraeServer implements AutoCloseable {
    private final Server server;

    public LyraeServer(LyraeService service) throws IOException {
        LyraeConfig config = service.config;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("lyrae-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);      // "Jetty(x)" is not a valid RFC 9110 product token
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(config.port);
        connector.setHost(config.host);
        server.addConnector(connector);

        ServletContextHandler ctx = new ServletContextHandler();
        ctx.setContextPath("/");
        // a query POSTed as a form may be long (IN lists); Jetty's 200 kB default would refuse it
        // with a misleading "upload limit" error, so forms get the same limit as uploads
        ctx.setMaxFormContentSize((int) Math.min(config.maxUploadBytes, Integer.MAX_VALUE));
        // errors Jetty answers itself (URI too long, unknown endpoint, ...) as DALI documents, not HTML
        ctx.setErrorHandler(new DaliErrorHandler());
        server.setErrorHandler(new DaliErrorHandler());
        ResultFormats formats = service.formats;
        MultipartConfigElement multipart = new MultipartConfigElement(Files.createTempDirectory("lyrae-multipart").toString(),
                config.maxUploadBytes, config.maxUploadBytes + 1024 * 1024, 1024 * 1024);

        ServletHolder sync = new ServletHolder(new TapSyncServlet(service.queries, formats, config));
        sync.getRegistration().setMultipartConfig(multipart);
        ctx.addServlet(sync, "/tap/sync");
        ServletHolder async = new ServletHolder(new UwsServlet(service.jobs, TapAsyncExecutor.KIND, "/tap/async", config));
        async.getRegistration().setMultipartConfig(multipart);
        ctx.addServlet(async, "/tap/async");
        ctx.addServlet(async, "/tap/async/*");
        ctx.addServlet(new ServletHolder(new CapabilitiesServlet(formats, config)), "/tap/capabilities");
        ctx.addServlet(new ServletHolder(new AvailabilityServlet(service.db, service.workerRegistry)), "/tap/availability");
        TablesServlet tables = new TablesServlet(service.catalog, service.schemaDescriptions);
        ctx.addServlet(new ServletHolder(tables), "/tap/tables");
        ctx.addServlet(new ServletHolder(tables), "/tap/tables/*");
        ctx.addServlet(new ServletHolder(new ExamplesServlet(ExamplesServlet.load())), "/tap/examples");
        ctx.addServlet(new ServletHolder(new TapRootServlet(config)), "/tap");

        // the light-curve service: the same job engine, its own kinds (Fourier-only jobs never wait for a GPU)
        ServletHolder feh = new ServletHolder(new UwsServlet(service.jobs, FehExecutor.kinds(service.fehModels), "/feh/async", config));
        feh.getRegistration().setMultipartConfig(multipart);
        ctx.addServlet(feh, "/feh/async");
        ctx.addServlet(feh, "/feh/async/*");
        ServletHolder fehSync = new ServletHolder(new FehSyncServlet(service.fehModels, config));
        fehSync.getRegistration().setMultipartConfig(new MultipartConfigElement(multipart.getLocation(), config.fehSyncMaxBytes,
                config.fehSyncMaxBytes + 64 * 1024, 1024 * 1024));
        ctx.addServlet(fehSync, "/feh/sync");
        ctx.addServlet(new ServletHolder(new FehPages.Capabilities(config)), "/feh/capabilities");
        ctx.addServlet(new ServletHolder(new AvailabilityServlet(service.db, service.workerRegistry,
                "Lyrae light-curve service accepting jobs")), "/feh/availability");
        ctx.addServlet(new ServletHolder(new FehPages.Home(config)), "/feh");

        // the browser pages (home, upload, jobs, result, ADQL query): static files calling the services above
        ServletHolder pages = new ServletHolder(new WebPages());
        ctx.addServlet(pages, "");                 // the context root exactly; other unknown paths stay 404
        WebPages.PAGES.stream().filter(p -> !p.equals("/")).forEach(p -> ctx.addServlet(pages, p));
        ctx.addServlet(pages, "/web/*");
        server.setHandler(new ServerHeader(new MultipartBoundaryHandler(ctx)));
    }

    public void start() throws Exception {
        server.start();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Names the product in the Server header as RFC 9110 wants it (Jetty's own is not a valid token). */
    private static final class ServerHeader extends org.eclipse.jetty.server.Handler.Wrapper {
        ServerHeader(org.eclipse.jetty.server.Handler h) {
            super(h);
        }

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                              org.eclipse.jetty.util.Callback callback) throws Exception {
            response.getHeaders().put("Server", "Lyrae/0.1.0");
            return super.handle(request, response, callback);
        }
    }

    /** {@code /tap} itself: a short page pointing at the endpoints. */
    private static final class TapRootServlet extends HttpServlet {
        private final LyraeConfig config;

        TapRootServlet(LyraeConfig config) {
            this.config = config;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String base = BaseUrl.of(req, config.baseUrl) + "/tap";
            resp.setContentType("text/html");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write("<!DOCTYPE html><html><head><title>Lyrae TAP</title></head><body>"
                    + "<h1>Lyrae TAP service</h1><p>IVOA TAP 1.1 at <code>" + base + "</code>: "
                    + "<a href=\"tap/sync\">sync</a>, <a href=\"tap/async\">async</a>, <a href=\"tap/capabilities\">capabilities</a>, "
                    + "<a href=\"tap/availability\">availability</a>, <a href=\"tap/tables\">tables</a>, "
                    + "<a href=\"tap/examples\">examples</a>.</p></body></html>");
        }
    }
}
