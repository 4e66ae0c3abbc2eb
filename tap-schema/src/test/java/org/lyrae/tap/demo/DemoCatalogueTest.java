package org.lyrae.tap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.TableDescriptor;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;

/** Every demo table against its descriptor JSON, plus the checks common to all of them. */
class DemoCatalogueTest {

    private static final Map<String, Class<?>> CLASSES = Map.of(
            "boolean", Boolean.class, "short", Short.class, "int", Integer.class, "long", Long.class,
            "float", Float.class, "double", Double.class, "char", String.class);

    @Test
    void catalogueHasTheThreeTables() {
        List<String> names = DemoCatalogue.sources().stream().map(DemoTableSource::descriptorName).toList();
        assertEquals(List.of("lyrae.calibrators", "lyrae.crts_rrlyrae", "lyrae.bulge_rrab"), names);
    }

    @Test
    void tablesMatchTheirDescriptors() throws IOException {
        for (DemoTableSource source : DemoCatalogue.sources()) {
            TableDescriptor d = DemoData.descriptor(source.descriptorName());
            String label = source.descriptorName();
            assertEquals(label, d.qualifiedName());
            assertEquals("lyrae", d.schema());
            assertFalse(d.description() == null || d.description().isBlank(), label);
            assertFalse(d.credit() == null || d.credit().isBlank(), label);
            assertTrue(d.foreignKeys().isEmpty(), label);
            assertEquals("ra", d.position().ra(), label);
            assertEquals("dec", d.position().dec(), label);
            assertTrue(d.column("ra").orElseThrow().indexed() && d.column("dec").orElseThrow().indexed(), label);
            assertEquals(1, d.columns().stream().filter(c -> c.ucd().equals("meta.id;meta.main") && c.indexed()).count(),
                    label + ": one indexed main id");

            StarTable table = source.read(DemoData.dataDir());
            List<String> tableNames = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) tableNames.add(table.getColumnInfo(i).getName());
            assertEquals(d.columns().stream().map(ColumnDescriptor::name).toList(), tableNames, label + " column order");

            for (int i = 0; i < table.getColumnCount(); i++) {
                ColumnDescriptor c = d.columns().get(i);
                ColumnInfo info = table.getColumnInfo(i);
                assertEquals(c.name(), c.name().toLowerCase(), "lower-case names");
                assertNotNull(c.description(), c.name());
                assertEquals(c.unit(), info.getUnitString(), c.name());
                assertEquals(c.ucd(), info.getUCD(), c.name());
                assertEquals(CLASSES.get(c.datatype()), info.getContentClass(), c.name());
                assertEquals(c.isString() ? "*" : null, c.arraysize(), c.name());
            }
            for (Map<String, Object> row : DemoData.rows(table)) {
                for (ColumnDescriptor c : d.columns()) {
                    Object v = row.get(c.name());
                    if (v == null) {
                        assertTrue(c.nullable(), label + "." + c.name() + " null in " + row);
                    } else {
                        assertEquals(CLASSES.get(c.datatype()), v.getClass(), c.name());
                        if (v instanceof Double x) assertTrue(Double.isFinite(x), c.name() + " not finite in " + row);
                    }
                }
                double ra = (Double) row.get("ra"), dec = (Double) row.get("dec");
                assertTrue(ra >= 0 && ra < 360, label + " ra " + ra);
                assertTrue(dec >= -90 && dec <= 90, label + " dec " + dec);
                if (row.containsKey("feh")) {
                    double feh = (Double) row.get("feh");
                    assertTrue(feh >= -3.5 && feh <= 0.8, label + " feh " + feh);
                    assertTrue((Double) row.get("feh_error") > 0, label + " feh_error");
                }
            }
        }
    }

    @Test
    void descriptorsDeclareOnlyKnownDatatypes() throws IOException {
        for (DemoTableSource source : DemoCatalogue.sources()) {
            for (ColumnDescriptor c : DemoData.descriptor(source.descriptorName()).columns()) {
                assertTrue(CLASSES.containsKey(c.datatype()), c.name() + " " + c.datatype());
                assertFalse(c.std(), c.name());
            }
        }
    }
}
