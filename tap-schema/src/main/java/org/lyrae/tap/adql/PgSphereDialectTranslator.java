package org.lyrae.tap.adql;

import adql.db.DBType;
import adql.query.constraint.Comparison;
import adql.query.operand.ADQLColumn;
import adql.query.operand.ADQLOperand;
import adql.query.operand.function.cast.CastFunction;
import adql.query.operand.function.geometry.BoxFunction;
import adql.query.operand.function.geometry.CentroidFunction;
import adql.query.operand.function.geometry.GeometryFunction;
import adql.query.operand.function.geometry.GeometryFunction.GeometryValue;
import adql.query.operand.function.geometry.IntersectsFunction;
import adql.query.operand.function.geometry.PointFunction;
import adql.query.operand.function.geometry.PolygonFunction;
import adql.translator.PgSphereTranslator;
import adql.translator.TranslationException;

/**
 * Vollt's pgSphere translation, with geometry predicates emitted bare ({@code a @ b} rather than
 * {@code '1' = (a @ b)}) so that PostgreSQL uses the GiST index on {@code spoint(ra, dec)}, and
 * corrected where it fails on pgSphere or means something else than ADQL (and the H2 dialect).
 */
public class PgSphereDialectTranslator extends PgSphereTranslator {

    @Override
    public String translate(Comparison comp) throws TranslationException {
        GeometryPatterns.PredicateTest t = GeometryPatterns.predicateTest(comp);
        if (t == null) return super.translate(comp);
        String predicate = translate(t.predicate());
        return t.expected() ? "(" + predicate + ")" : "NOT (" + predicate + ")";
    }

    @Override
    public String translate(CastFunction cast) throws TranslationException {
        String sized = SizedCasts.translate(cast, this);
        return sized != null ? sized : super.translate(cast);
    }

    /**
     * ADQL lets INTERSECTS take a POINT, meaning CONTAINS of that point (as the H2 dialect does);
     * pgSphere has no {@code &&} for spoint, so that case is written with {@code @}.
     */
    @Override
    public String translate(IntersectsFunction f) throws TranslationException {
        GeometryValue<GeometryFunction> a = f.getLeftParam(), b = f.getRightParam();
        if (isPoint(a) && !isPoint(b)) return "(" + translate(a) + " @ " + translate(b) + ")";
        if (isPoint(b) && !isPoint(a)) return "(" + translate(b) + " @ " + translate(a) + ")";
        return super.translate(f);
    }

    /**
     * ADQL's BOX, whose sides are great circles (see {@code Shape.box}, which H2 uses): the four
     * corners, by the inverse gnomonic projection at the centre, joined into a polygon. Vollt
     * writes an sbox, a range in RA and Dec, which holds other points near its edges.
     */
    @Override
    public String translate(BoxFunction b) throws TranslationException {
        String ra = "radians(" + translate(b.getCoord1()) + ")", dec = "radians(" + translate(b.getCoord2()) + ")";
        String x = "tan(radians(" + translate(b.getWidth()) + ") / 2)";
        String y = "tan(radians(" + translate(b.getHeight()) + ") / 2)";
        String[][] corners = {{"-1", "-1"}, {"-1", "1"}, {"1", "1"}, {"1", "-1"}};
        StringBuilder sb = new StringBuilder("spoly('{' || ");
        for (int i = 0; i < 4; i++) {
            String sx = corners[i][0] + " * " + x, sy = corners[i][1] + " * " + y;
            String den = "(cos(" + dec + ") - " + sy + " * sin(" + dec + "))";
            if (i > 0) sb.append(" || ',' || ");
            sb.append("spoint(").append(ra).append(" + atan2(").append(sx).append(", ").append(den).append("), ")
              .append("atan2(sin(").append(dec).append(") + ").append(sy).append(" * cos(").append(dec).append("), ")
              .append("sqrt(power(").append(sx).append(", 2) + power(").append(den).append(", 2))))");
        }
        return sb.append(" || '}')").toString();
    }

    /**
     * pgSphere has center() for circles only: CENTROID of a POLYGON(...) is written out as the H2
     * dialect computes it, the normalised sum of the vertices' unit vectors.
     */
    @Override
    public String translate(CentroidFunction f) throws TranslationException {
        ADQLOperand g = f.getParameter(0);
        if (g instanceof GeometryValue<?> v) g = v.getValue();
        if (g instanceof BoxFunction b) {
            // the corners are symmetric about the centre (see translate(BoxFunction))
            return "spoint(radians(" + translate(b.getCoord1()) + "), radians(" + translate(b.getCoord2()) + "))";
        }
        if (!(g instanceof PolygonFunction p)) return super.translate(f);
        StringBuilder x = new StringBuilder("("), y = new StringBuilder("("), z = new StringBuilder("(");
        // parameter 0 is the (deprecated) coordinate system
        for (int i = 1; i + 1 < p.getNbParameters(); i += 2) {
            String ra = "radians(" + translate(p.getParameter(i)) + ")";
            String dec = "radians(" + translate(p.getParameter(i + 1)) + ")";
            String plus = i > 1 ? " + " : "";
            x.append(plus).append("cos(").append(dec).append(") * cos(").append(ra).append(')');
            y.append(plus).append("cos(").append(dec).append(") * sin(").append(ra).append(')');
            z.append(plus).append("sin(").append(dec).append(')');
        }
        x.append(')');
        y.append(')');
        z.append(')');
        return "spoint(atan2(" + y + ", " + x + "), atan2(" + z + ", sqrt(power(" + x + ", 2) + power(" + y + ", 2))))";
    }

    private static boolean isPoint(GeometryValue<GeometryFunction> v) {
        ADQLOperand o = v.getValue();
        if (o instanceof PointFunction) return true;
        return o instanceof ADQLColumn c && c.getDBLink() != null && c.getDBLink().getDatatype() != null
                && c.getDBLink().getDatatype().type == DBType.DBDatatype.POINT;
    }
}
