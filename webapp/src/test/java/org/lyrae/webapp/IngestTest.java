package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lyrae.tap.query.TapQueryService;
import uk.ac.starlink.table.RowSequence;

/** {@code lyrae ingest}: a CSV with a descriptor becomes a published, queryable table on either backend. */
class IngestTest {
    private static final String DESCRIPTOR = """
        {"schema": "extra", "name": "stars", "description": "A test table.", "utype": null, "credit": "test",
         "position": {"ra": "ra", "dec": "dec"}, "foreignKeys": [],
         "columns": [
          {"name": "star", "datatype": "char", "arraysize": "*", "xtype": null, "unit": null, "ucd": "meta.id;meta.main",
           "utype": null, "description": "Name", "indexed": true, "principal": true, "std": false, "nullable": false},
          {"name": "ra", "datatype": "double", "arraysize": null, "xtype": null, "unit": "deg", "ucd": "pos.eq.ra",
           "utype": null, "description": "RA", "indexed": false, "principal": true, "std": false, "nullable": false},
          {"name": "dec", "datatype": "double", "arraysize": null, "xtype": null, "unit": "deg", "ucd": "pos.eq.dec",
           "utype": null, "description": "Dec", "indexed": false, "principal": true, "std": false, "nullable": false},
          {"name": "feh", "datatype": "float", "arraysize": null, "xtype": null, "unit": null, "ucd": "phys.abund.Z",
           "utype": null, "description": "[Fe/H]", "indexed": false, "principal": true, "std": false, "nullable": true}
         ]}
        """;

    @ParameterizedTest
    @EnumSource(TestServers.Backend.class)
    void csvIsPublishedWithItsMetadata(TestServers.Backend backend) throws Exception {
        Path dir = Files.createTempDirectory("lyrae-ingest");
        Path desc = Files.writeString(dir.resolve("extra.stars.json"), DESCRIPTOR);
        // extra columns in the file are ignored; an empty value and NaN become NULL
        Path csv = Files.writeString(dir.resolve("stars.csv"),
                "star,dec,ra,feh,ignored\nRR Lyr,42.78,291.37,-1.39,x\nX Ari,10.44,47.13,,y\nV1 Test,0.5,0.5,NaN,z\n");
        List<String> args = new ArrayList<>(List.of("ingest", "--var", dir.resolve("var").toString(), "--no-demo",
                "--descriptor", desc.toString(), "--format", "csv", csv.toString()));
        String url = null;
        if (backend == TestServers.Backend.POSTGRES) {
            try (Connection c = DriverManager.getConnection(TestServers.PG_ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + TestServers.PG_DB + "_ingest WITH (FORCE)");
                s.execute("CREATE DATABASE " + TestServers.PG_DB + "_ingest");
            }
            url = TestServers.PG_URL.replace("/" + TestServers.PG_DB + "?", "/" + TestServers.PG_DB + "_ingest?");
            args.addAll(List.of("--db", url));
        }
        Main.main(args.toArray(String[]::new));

        LyraeConfig config = new LyraeConfig();
        config.varDir = dir.resolve("var");
        config.loadDemo = false;
        config.dbUrl = url;
        try (LyraeService service = LyraeService.open(config)) {
            assertTrue(service.catalog.find("extra.stars").isPresent(), "descriptor not remembered across restarts");
            List<Object[]> rows = new ArrayList<>();
            service.queries.execute("SELECT star, ra, dec, feh FROM extra.stars WHERE 1 = CONTAINS(POINT(ra, dec), "
                    + "CIRCLE(291.37, 42.78, 1)) OR feh IS NULL ORDER BY star", "ADQL", 100, List.<TapQueryService.Upload>of(),
                    (q, t) -> {
                        assertEquals("deg", t.getColumnInfo(1).getUnitString());
                        assertEquals("phys.abund.Z", t.getColumnInfo(3).getUCD());
                        try (RowSequence r = t.getRowSequence()) {
                            while (r.next()) rows.add(r.getRow());
                        }
                    });
            assertEquals(3, rows.size());
            assertEquals("RR Lyr", rows.get(0)[0]);
            assertEquals(-1.39f, (Float) rows.get(0)[3], 1e-6);
            assertNull(rows.get(1)[3]);
            assertNull(rows.get(2)[3]);
            // and TAP_SCHEMA describes it
            List<Object[]> cols = new ArrayList<>();
            service.queries.execute("SELECT column_name, unit, ucd FROM TAP_SCHEMA.columns WHERE table_name = 'extra.stars' "
                    + "ORDER BY column_index", "ADQL", 100, List.of(), (q, t) -> {
                        try (RowSequence r = t.getRowSequence()) {
                            while (r.next()) cols.add(r.getRow());
                        }
                    });
            assertEquals(4, cols.size());
            assertEquals("dec", cols.get(2)[0]);
            assertEquals("pos.eq.dec", cols.get(2)[2]);
        }
    }
}
