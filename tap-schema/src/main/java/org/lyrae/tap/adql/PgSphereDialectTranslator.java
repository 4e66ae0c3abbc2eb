package org.lyrae.tap.adql;

import adql.query.constraint.Comparison;
import adql.translator.PgSphereTranslator;
import adql.translator.TranslationException;

/**
 * Vollt's pgSphere translation, with geometry predicates emitted bare ({@code a @ b} rather than
 * {@code '1' = (a @ b)}) so that PostgreSQL uses the GiST index on {@code spoint(ra, dec)}.
 */
public class PgSphereDialectTranslator extends PgSphereTranslator {

    @Override
    public String translate(Comparison comp) throws TranslationException {
        GeometryPatterns.PredicateTest t = GeometryPatterns.predicateTest(comp);
        if (t == null) return super.translate(comp);
        String predicate = translate(t.predicate());
        return t.expected() ? "(" + predicate + ")" : "NOT (" + predicate + ")";
    }
}
