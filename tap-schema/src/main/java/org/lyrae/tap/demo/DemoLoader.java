package org.lyrae.tap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.lyrae.tap.db.StarTableIngest;
import org.lyrae.tap.db.TablePublisher;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.TableDescriptor;

/** Publishes the demo catalogue on first start: each table that is not yet published. */
public final class DemoLoader {
    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    private DemoLoader() {
    }

    /** @return the number of tables loaded now (0 when all were there already) */
    public static int loadMissing(TablePublisher publisher, Path dataDir) throws IOException, SQLException {
        if (!Files.isDirectory(dataDir)) {
            LOG.warning("demo data folder " + dataDir.toAbsolutePath() + " not found; no demo tables loaded");
            return 0;
        }
        int loaded = 0;
        for (DemoTableSource source : DemoCatalogue.sources()) {
            if (publisher.isPublished(source.descriptorName())) continue;
            String json = resourceText("/tables/" + source.descriptorName() + ".json");
            TableDescriptor d = DescriptorCatalog.resource(source.descriptorName());
            long n = StarTableIngest.publish(publisher, d, json, source.read(dataDir));
            LOG.info("published " + d.qualifiedName() + ": " + n + " rows");
            loaded++;
        }
        return loaded;
    }

    private static String resourceText(String path) throws IOException {
        try (InputStream in = DemoLoader.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
