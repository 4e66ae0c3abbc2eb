package org.lyrae.tap.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.adql.AdqlCompiler;
import org.lyrae.tap.adql.AdqlException;
import org.lyrae.tap.db.H2Dialect;

/** Every built-in descriptor is complete and every column can be named in ADQL as published. */
class DescriptorResourcesTest {

    static Stream<String> builtIn() {
        return Stream.of("TAP_SCHEMA.schemas", "TAP_SCHEMA.tables", "TAP_SCHEMA.columns", "TAP_SCHEMA.keys",
                "TAP_SCHEMA.key_columns", "lyrae.calibrators", "lyrae.crts_rrlyrae", "lyrae.bulge_rrab");
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void descriptorIsCompleteAndQueryable(String name) throws AdqlException {
        TableDescriptor t = DescriptorCatalog.resource(name);
        assertEquals(name, t.qualifiedName());
        assertNotNull(t.description());
        DescriptorCatalog catalog = new DescriptorCatalog();
        catalog.add(t);
        AdqlCompiler compiler = new AdqlCompiler(catalog, new H2Dialect());
        for (ColumnDescriptor c : t.columns()) {
            assertNotNull(c.description(), c.name() + " has no description");
            VoDatatype.of(c.datatype());
            if (c.isString()) assertNotNull(c.arraysize(), c.name() + " is a string without arraysize");
            // a reserved word such as "size" must be published delimited, or clients cannot use it
            assertDoesNotThrow(() -> compiler.compile("SELECT " + c.name() + " FROM " + name, "ADQL", List.of(), 10),
                    "column " + c.name() + " of " + name + " cannot be selected as published");
        }
        if (t.position() != null) {
            assertTrue(t.column(t.position().ra()).isPresent());
            assertTrue(t.column(t.position().dec()).isPresent());
        }
    }

    @Test
    void unknownFieldsInADescriptorAreRejected() {
        String json = "{\"schema\":\"s\",\"name\":\"t\",\"colums\":[],\"columns\":[{\"name\":\"a\",\"datatype\":\"int\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptorCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test"));
        assertTrue(e.getMessage().contains("colums"), e.getMessage());
    }

    @Test
    void reservedWordUndelimitedIsCaught() {
        // the check above would catch a descriptor naming a column 'distance' without quotes
        DescriptorCatalog catalog = new DescriptorCatalog();
        catalog.add(new TableDescriptor("s", "t", "d", null, null, null, List.of(new ColumnDescriptor("distance", "double",
                null, null, "kpc", null, null, "x", false, false, false, true)), List.of()));
        AdqlCompiler compiler = new AdqlCompiler(catalog, new H2Dialect());
        assertThrows(AdqlException.class, () -> compiler.compile("SELECT distance FROM s.t", "ADQL", List.of(), 10));
        assertFalse(catalog.tables().isEmpty());
    }
}
