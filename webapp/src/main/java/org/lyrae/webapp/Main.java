package org.lyrae.webapp;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.lyrae.tap.db.StarTableIngest;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.TableDescriptor;
import org.lyrae.webapp.cli.AnalyzeCommand;
import org.lyrae.webapp.cli.CatalogueCommand;
import org.lyrae.webapp.cli.TrainCommand;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/** The {@code lyrae} command line: {@code serve}, {@code worker}, {@code ingest}, {@code analyze}. */
public final class Main {
    private Main() {
    }

    static final String USAGE = String.join("\n",
            "usage: java -jar lyrae.jar COMMAND [options]",
            "  serve  [--port N] [--db JDBC-URL] [--data DIR] [--workers N]",
            "                                                    run the TAP service (default: embedded H2 under var/)",
            "  worker [--db JDBC-URL] [--threads N] [--device cpu|gpu] [--jobs-dir DIR]",
            "                                                    run jobs from the shared queue (no HTTP)",
            "  ingest --descriptor FILE.json [--format FMT] [--db JDBC-URL] TABLE-FILE",
            "                                                    publish a table STIL can read (VOTable, FITS, CSV, ...)",
            "  analyze [--period P] [--out FILE.csv|.vot] [--plot DIR] INPUT...",
            "                                                    periods, Fourier fits and [Fe/H] of light curves (analyze --help)",
            "  train [--model bayes|xgboost|lstm|transformer|all] [--band G|I]",
            "                                                    calibrate the metallicity models (train --help)",
            "  catalogue build [--vari-rrlyrae FILE] [--db JDBC-URL]",
            "                                                    build and publish rrlyrae.metallicity (catalogue --help)",
            "options common to all commands: --config FILE --db-user U --db-password P --var DIR --no-demo");

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(USAGE);
            return;
        }
        String[] commandArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        // --config first, so that its nn.device counts for every command (-Dlyrae.nn.device still wins)
        LyraeConfig.applyConfigFile(args);
        org.lyrae.ml.nn.NetworkEstimator.useDevice(new LyraeConfig().networkDevice);
        if (args[0].equals("analyze")) System.exit(AnalyzeCommand.run(commandArgs, System.out, System.err, System.console() != null));
        if (args[0].equals("train")) System.exit(TrainCommand.run(commandArgs, System.out, System.err, System.console() != null));
        if (args[0].equals("catalogue")) System.exit(CatalogueCommand.run(commandArgs, System.out, System.err, System.console() != null));
        LyraeConfig config = new LyraeConfig();
        List<String> rest = new ArrayList<>();
        String descriptor = null, format = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port": config.port = Integer.parseInt(args[++i]); break;
                case "--db": config.dbUrl = args[++i]; break;
                case "--db-user": config.dbUser = args[++i]; break;
                case "--db-password": config.dbPassword = args[++i]; break;
                case "--data": config.dataDir = Paths.get(args[++i]); break;
                case "--var": config.varDir = Paths.get(args[++i]); break;
                case "--no-demo": config.loadDemo = false; break;
                case "--descriptor": descriptor = args[++i]; break;
                case "--workers": case "--threads": config.workerThreads = Integer.parseInt(args[++i]); break;
                case "--device": config.device = args[++i]; break;
                case "--jobs-dir": config.jobsDir = Paths.get(args[++i]); break;
                case "--config": i++; break;   // read by applyConfigFile
                case "--format": format = args[++i]; break;
                default:
                    if (a.startsWith("--")) fail("unknown option " + a);
                    rest.add(a);
            }
        }
        switch (args[0]) {
            case "serve": serve(config); break;
            case "ingest": ingest(config, descriptor, format, rest); break;
            case "worker": worker(config); break;
            default: fail("unknown command " + args[0]);
        }
    }

    private static void serve(LyraeConfig config) throws Exception {
        LyraeService service = LyraeService.open(config);
        service.startWorkers(config.workerThreads);
        LyraeServer server = new LyraeServer(service);
        server.start();
        System.out.println("Lyrae TAP service on http://localhost:" + server.port() + "/tap (" + service.db.dialect().name() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
            service.close();
        }));
        server.join();
    }

    /** A worker process: claims jobs from the database shared with the web nodes until stopped. */
    private static void worker(LyraeConfig config) throws Exception {
        try {
            org.lyrae.uws.Device.parse(config.device);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
        config.loadDemo = false;
        config.webNode = false;
        if (org.lyrae.uws.Device.parse(config.device) == org.lyrae.uws.Device.GPU) {
            // a GPU worker that cannot see a GPU would run the networks on its CPU unnoticed: refuse to start
            try {
                org.lyrae.ml.nn.Engines.device("gpu");
            } catch (IllegalStateException e) {
                fail(e.getMessage());
            }
            config.networkDevice = "gpu";
        }
        org.lyrae.ml.nn.NetworkEstimator.useDevice(config.networkDevice);
        LyraeService service = LyraeService.open(config);
        var pool = service.startWorkers(Math.max(1, config.workerThreads));
        System.out.println("Lyrae worker " + pool.name() + " (" + config.device + ", " + Math.max(1, config.workerThreads)
                + " threads) on " + service.db.dialect().name() + "; job kinds " + pool.kinds());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        Thread.currentThread().join();
    }

    private static void ingest(LyraeConfig config, String descriptor, String format, List<String> files) throws Exception {
        if (descriptor == null || files.size() != 1) fail("ingest needs --descriptor FILE.json and one table file");
        config.loadDemo = false;
        Path descPath = Paths.get(descriptor);
        TableDescriptor d = DescriptorCatalog.read(descPath);
        StarTable table = new StarTableFactory(false).makeStarTable(files.get(0), format);
        try (LyraeService service = LyraeService.open(config)) {
            long n = StarTableIngest.publish(service.publisher, d, java.nio.file.Files.readString(descPath), table);
            System.out.println("published " + d.qualifiedName() + ": " + n + " rows into " + service.db.dialect().name());
        }
    }

    private static void fail(String message) {
        System.err.println("lyrae: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
