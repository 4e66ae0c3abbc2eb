package org.lyrae.tap.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.db.H2Dialect;
import org.lyrae.tap.db.PostgresDialect;
import org.lyrae.tap.schema.DescriptorCatalog;

class AdqlCompilerTest {
    private static final String CONE = "SELECT TOP 5 crts_id FROM lyrae.crts_rrlyrae "
            + "WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 180, 10, 2))";

    private final DescriptorCatalog catalog = new DescriptorCatalog();

    AdqlCompilerTest() {
        catalog.add(DescriptorCatalog.resource("lyrae.crts_rrlyrae"));
        catalog.add(DescriptorCatalog.resource("lyrae.calibrators"));
    }

    private CompiledQuery pg(String q) throws AdqlException {
        return new AdqlCompiler(catalog, new PostgresDialect()).compile(q, "ADQL", List.of(), 1000);
    }

    private CompiledQuery h2(String q) throws AdqlException {
        return new AdqlCompiler(catalog, new H2Dialect()).compile(q, "ADQL", List.of(), 1000);
    }

    @Test
    void coneBecomesABarePgSpherePredicateSoTheIndexApplies() throws AdqlException {
        String sql = pg(CONE).sql();
        assertTrue(sql.contains("(spoint(radians(\"lyrae\".\"crts_rrlyrae\".\"ra\"),radians(\"lyrae\".\"crts_rrlyrae\".\"dec\")) @ scircle("), sql);
        assertFalse(sql.contains("'1' ="), sql);
    }

    @Test
    void coneOnH2GetsADeclinationRangeForTheIndex() throws AdqlException {
        String sql = h2(CONE).sql();
        assertTrue(sql.contains("\"dec\" BETWEEN CAST(8.0 AS DOUBLE PRECISION) AND CAST(12.0 AS DOUBLE PRECISION)"), sql);
        assertTrue(sql.contains("lyrae_contains_point_circle("), sql);
    }

    @Test
    void positionalJoinOnH2GetsADeclinationRangeFromTheOtherTable() throws AdqlException {
        String sql = h2("SELECT a.crts_id FROM lyrae.crts_rrlyrae AS a JOIN lyrae.crts_rrlyrae AS b"
                + " ON 1 = CONTAINS(POINT(a.ra, a.dec), CIRCLE(b.ra, b.dec, 0.001))").sql();
        assertTrue(sql.contains("\"a\".\"dec\" BETWEEN (\"b\".\"dec\") - (0.001) AND (\"b\".\"dec\") + (0.001)"), sql);
    }

    @Test
    void negatedPredicateStaysNegated() throws AdqlException {
        String q = "SELECT crts_id FROM lyrae.crts_rrlyrae WHERE CONTAINS(POINT(ra, dec), CIRCLE(180, 10, 2)) = 0";
        assertTrue(pg(q).sql().contains("NOT ("), pg(q).sql());
        assertTrue(h2(q).sql().contains("NOT COALESCE("), h2(q).sql());
    }

    @Test
    void maxrecAsksForOneRowMoreUnlessTopIsSmaller() throws AdqlException {
        assertTrue(pg("SELECT crts_id FROM lyrae.crts_rrlyrae").sql().endsWith("LIMIT 1001"));
        assertTrue(pg(CONE).sql().endsWith("LIMIT 5"));
        CompiledQuery q = new AdqlCompiler(catalog, new PostgresDialect()).compile("SELECT TOP 5000 crts_id FROM lyrae.crts_rrlyrae", "ADQL", List.of(), 10);
        assertTrue(q.sql().endsWith("LIMIT 11"), q.sql());
    }

    @Test
    void resultColumnsCarryTheirDescriptors() throws AdqlException {
        CompiledQuery q = pg("SELECT ra AS alpha, period * 24 AS hours FROM lyrae.crts_rrlyrae");
        assertEquals("alpha", q.columns().get(0).name());
        assertEquals("deg", q.columns().get(0).source().unit());
        assertEquals(null, q.columns().get(1).source());
    }

    @Test
    void secondStatementAfterSemicolonIsRefused() {
        AdqlException e = assertThrows(AdqlException.class,
                () -> pg("SELECT crts_id FROM lyrae.crts_rrlyrae; DROP TABLE lyrae.crts_rrlyrae"));
        assertTrue(e.getMessage().contains("single ADQL SELECT"), e.getMessage());
    }

    @Test
    void trailingSemicolonAloneIsHarmlessAndQuotedSemicolonsAreText() throws AdqlException {
        pg("SELECT crts_id FROM lyrae.crts_rrlyrae;  ");
        assertTrue(pg("SELECT crts_id FROM lyrae.crts_rrlyrae WHERE crts_name = 'a;b'").sql().contains("'a;b'"));
    }

    @Test
    void unknownColumnGetsASuggestionAndAPosition() {
        AdqlException e = assertThrows(AdqlException.class, () -> pg("SELECT perod FROM lyrae.crts_rrlyrae"));
        assertTrue(e.getMessage().contains("did you mean period?"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column 8"), e.getMessage());
    }

    @Test
    void unknownTableGetsASuggestion() {
        AdqlException e = assertThrows(AdqlException.class, () -> pg("SELECT * FROM lyrae.calibrator"));
        assertTrue(e.getMessage().contains("lyrae.calibrators"), e.getMessage());
    }

    @Test
    void syntaxErrorSaysWhere() {
        AdqlException e = assertThrows(AdqlException.class, () -> pg("SELECT ra FRM lyrae.calibrators"));
        assertTrue(e.getMessage().startsWith("ADQL syntax error at line 1, column"), e.getMessage());
        // Vollt's list of expected tokens is noise for a person; the message stays short
        assertFalse(e.getMessage().contains("REGULAR_IDENTIFIER_CANDIDATE"), e.getMessage());
        AdqlException reserved = assertThrows(AdqlException.class, () -> pg("SELECT size FROM lyrae.calibrators"));
        assertTrue(reserved.getMessage().contains("reserved"), reserved.getMessage());
    }

    @Test
    void databaseFunctionsAreNotReachable() {
        for (String f : List.of("pg_sleep(10)", "lo_import('/etc/passwd')", "set_config('a', 'b', 1)", "FILE_READ('/etc/passwd')")) {
            AdqlException e = assertThrows(AdqlException.class, () -> pg("SELECT " + f + " FROM lyrae.calibrators"));
            assertTrue(e.getMessage().toLowerCase().contains("unsupported") || e.getMessage().contains("Unknown"), e.getMessage());
        }
    }

    @Test
    void featuresNoDatabaseTranslatesAreRefusedAsAdql() {
        for (String f : List.of("IN_UNIT(period, 'h')", "REGION('CIRCLE ICRS 10 10 1')")) {
            AdqlException e = assertThrows(AdqlException.class, () -> pg("SELECT " + f + " FROM lyrae.calibrators"));
            assertTrue(e.getMessage().toLowerCase().contains("unsupported"), e.getMessage());
        }
    }

    @Test
    void languageVersions() throws AdqlException {
        assertEquals(adql.parser.ADQLParser.ADQLVersion.V2_0, AdqlCompiler.version("ADQL-2.0"));
        assertEquals(adql.parser.ADQLParser.ADQLVersion.V2_1, AdqlCompiler.version("adql"));
        assertThrows(AdqlException.class, () -> AdqlCompiler.version("SQL"));
    }
}
