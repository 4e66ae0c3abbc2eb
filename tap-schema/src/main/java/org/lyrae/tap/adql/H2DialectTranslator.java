package org.lyrae.tap.adql;

import adql.db.region.Region;
import adql.parser.grammar.ParseException;
import adql.query.constraint.Comparison;
import adql.query.operand.ADQLColumn;
import adql.query.operand.ADQLOperand;
import adql.query.operand.NumericConstant;
import adql.query.operand.function.MathFunction;
import adql.query.operand.function.cast.CastFunction;
import adql.query.operand.function.geometry.AreaFunction;
import adql.query.operand.function.geometry.BoxFunction;
import adql.query.operand.function.geometry.CentroidFunction;
import adql.query.operand.function.geometry.CircleFunction;
import adql.query.operand.function.geometry.ContainsFunction;
import adql.query.operand.function.geometry.DistanceFunction;
import adql.query.operand.function.geometry.ExtractCoord;
import adql.query.operand.function.geometry.ExtractCoordSys;
import adql.query.operand.function.geometry.GeometryFunction;
import adql.query.operand.function.geometry.IntersectsFunction;
import adql.query.operand.function.geometry.PointFunction;
import adql.query.operand.function.geometry.PolygonFunction;
import adql.translator.PostgreSQLTranslator;
import adql.translator.TranslationException;
import org.lyrae.tap.geom.Shape;

/**
 * ADQL to H2 SQL. H2 speaks PostgreSQL's dialect for everything but geometry and a few maths
 * functions; geometry goes to the Java functions of {@code H2Functions}. A cone constraint on
 * position columns gets a declination range in front of it, which H2 answers from the index.
 */
public class H2DialectTranslator extends PostgreSQLTranslator {

    @Override
    public String translate(Comparison comp) throws TranslationException {
        GeometryPatterns.PredicateTest t = GeometryPatterns.predicateTest(comp);
        if (t == null) return super.translate(comp);
        String predicate = translate(t.predicate()) + " = 1";
        if (!t.expected()) return "NOT COALESCE(" + predicate + ", FALSE)";
        String prefilter = declinationPrefilter(t.predicate());
        return prefilter == null ? "(" + predicate + ")" : "(" + prefilter + " AND " + predicate + ")";
    }

    /**
     * For CONTAINS(POINT(ra_col, dec_col), CIRCLE(ra, dec, r)): dec_col BETWEEN dec-r AND dec+r
     * (a point within r of the centre is within r of it in declination). With constants the
     * bounds are computed here; with expressions (a positional join, CIRCLE(u.ra, u.dec, r)) they
     * are left to H2, which then looks each outer row's range up in the index of the inner table
     * instead of evaluating the predicate on every pair of rows.
     */
    private String declinationPrefilter(GeometryFunction f) throws TranslationException {
        if (!(f instanceof ContainsFunction c)) return null;
        ADQLOperand inner = unwrap(c.getParameter(0));
        ADQLOperand outer = unwrap(c.getParameter(1));
        if (!(inner instanceof PointFunction p) || !(outer instanceof CircleFunction circle)) return null;
        if (!(p.getCoord2() instanceof ADQLColumn)) return null;
        if (circle.getCoord2() instanceof NumericConstant dc && circle.getRadius() instanceof NumericConstant rc) {
            double dec = Double.parseDouble(dc.getValue());
            double r = Double.parseDouble(rc.getValue());
            // typed as DOUBLE: a decimal literal is DECFLOAT in H2, and comparing every row's
            // DOUBLE with it converts the row's value to DECFLOAT first
            return translate(p.getCoord2()) + " BETWEEN " + asDouble(dec - r) + " AND " + asDouble(dec + r);
        }
        String dec = "(" + translate(circle.getCoord2()) + ")", r = "(" + translate(circle.getRadius()) + ")";
        return translate(p.getCoord2()) + " BETWEEN " + dec + " - " + r + " AND " + dec + " + " + r;
    }

    private static String asDouble(double v) {
        return "CAST(" + v + " AS DOUBLE PRECISION)";
    }

    /** Geometry arguments come wrapped in a GeometryValue or bare, depending on the function. */
    static ADQLOperand unwrap(ADQLOperand o) {
        return o instanceof GeometryFunction.GeometryValue<?> g ? g.getValue() : o;
    }

    @Override
    public String translate(CastFunction cast) throws TranslationException {
        String sized = SizedCasts.translate(cast, this);
        return sized != null ? sized : super.translate(cast);
    }

    @Override
    public String translate(MathFunction fct) throws TranslationException {
        switch (fct.getType()) {
            case LOG: return "LN(" + translate(fct.getParameter(0)) + ")";
            case LOG10: return "LOG10(" + translate(fct.getParameter(0)) + ")";
            case RAND: return "RAND()";
            // PostgreSQL's translation casts to NUMERIC, which in H2 has no decimals
            case ROUND: return "ROUND(" + translate(fct.getParameter(0))
                    + (fct.getNbParameters() > 1 ? ", " + translate(fct.getParameter(1)) : "") + ")";
            case TRUNCATE: return "TRUNC(" + translate(fct.getParameter(0))
                    + (fct.getNbParameters() > 1 ? ", " + translate(fct.getParameter(1)) : "") + ")";
            default: return super.translate(fct);
        }
    }

    @Override
    public String translate(PointFunction p) throws TranslationException {
        return "lyrae_point(" + translate(p.getCoord1()) + ", " + translate(p.getCoord2()) + ")";
    }

    @Override
    public String translate(CircleFunction c) throws TranslationException {
        return "lyrae_circle(" + translate(c.getCoord1()) + ", " + translate(c.getCoord2()) + ", "
                + translate(c.getRadius()) + ")";
    }

    @Override
    public String translate(BoxFunction b) throws TranslationException {
        return "lyrae_box(" + translate(b.getCoord1()) + ", " + translate(b.getCoord2()) + ", "
                + translate(b.getWidth()) + ", " + translate(b.getHeight()) + ")";
    }

    @Override
    public String translate(PolygonFunction p) throws TranslationException {
        StringBuilder sb = new StringBuilder("lyrae_polygon(ARRAY[");
        // parameter 0 is the (deprecated) coordinate system
        for (int i = 1; i < p.getNbParameters(); i++) {
            if (i > 1) sb.append(", ");
            sb.append("CAST(").append(translate(p.getParameter(i))).append(" AS DOUBLE PRECISION)");
        }
        return sb.append("])").toString();
    }

    @Override
    public String translate(ContainsFunction c) throws TranslationException {
        ADQLOperand inner = unwrap(c.getParameter(0));
        if (inner instanceof PointFunction p) {
            if (unwrap(c.getParameter(1)) instanceof CircleFunction circle) {
                // the cone search: scalar arguments, no shape array to convert on every row
                return "lyrae_contains_point_circle(" + translate(p.getCoord1()) + ", " + translate(p.getCoord2()) + ", "
                        + translate(circle.getCoord1()) + ", " + translate(circle.getCoord2()) + ", "
                        + translate(circle.getRadius()) + ")";
            }
            return "lyrae_contains_point(" + translate(p.getCoord1()) + ", " + translate(p.getCoord2()) + ", "
                    + translate(c.getParameter(1)) + ")";
        }
        return "lyrae_contains(" + translate(c.getParameter(0)) + ", " + translate(c.getParameter(1)) + ")";
    }

    @Override
    public String translate(IntersectsFunction f) throws TranslationException {
        return "lyrae_intersects(" + translate(f.getParameter(0)) + ", " + translate(f.getParameter(1)) + ")";
    }

    @Override
    public String translate(DistanceFunction d) throws TranslationException {
        ADQLOperand a = unwrap(d.getParameter(0));
        ADQLOperand b = unwrap(d.getParameter(1));
        if (a instanceof PointFunction p && b instanceof PointFunction q) {
            return "lyrae_distance(" + translate(p.getCoord1()) + ", " + translate(p.getCoord2()) + ", "
                    + translate(q.getCoord1()) + ", " + translate(q.getCoord2()) + ")";
        }
        return "lyrae_distance_shapes(" + translate(d.getParameter(0)) + ", " + translate(d.getParameter(1)) + ")";
    }

    @Override
    public String translate(ExtractCoord e) throws TranslationException {
        return "lyrae_coord(" + translate(e.getParameter(0)) + ", " + (e.getName().equalsIgnoreCase("COORD1") ? 1 : 2) + ")";
    }

    @Override
    public String translate(ExtractCoordSys e) throws TranslationException {
        return "'ICRS'";
    }

    @Override
    public String translate(AreaFunction a) throws TranslationException {
        return "lyrae_area(" + translate(a.getParameter(0)) + ")";
    }

    @Override
    public String translate(CentroidFunction c) throws TranslationException {
        return "lyrae_centroid(" + translate(c.getParameter(0)) + ")";
    }

    @Override
    public Region translateGeometryFromDB(Object value) throws ParseException {
        if (value == null) return null;
        if (value instanceof java.sql.Array sqlArray) {
            try {
                value = sqlArray.getArray();
            } catch (java.sql.SQLException e) {
                throw new ParseException("unreadable geometry: " + e.getMessage());
            }
        }
        if (!(value instanceof Object[] arr)) throw new ParseException("not a geometry: " + value);
        Shape s = Shape.decode(arr);
        double[] v = s.values;
        switch (s.kind) {
            case Shape.POINT: return new Region(null, new double[] {v[0], v[1]});
            case Shape.CIRCLE: return new Region(null, new double[] {v[0], v[1]}, v[2]);
            default: {
                double[][] pts = new double[v.length / 2][];
                for (int i = 0; i < pts.length; i++) pts[i] = new double[] {v[2 * i], v[2 * i + 1]};
                return new Region(null, pts);
            }
        }
    }

    @Override
    public Object translateGeometryToDB(Region region) throws ParseException {
        throw new ParseException("geometry values cannot be written through ADQL");
    }
}
