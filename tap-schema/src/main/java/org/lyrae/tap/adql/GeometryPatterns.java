package org.lyrae.tap.adql;

import adql.query.constraint.Comparison;
import adql.query.constraint.ComparisonOperator;
import adql.query.operand.ADQLOperand;
import adql.query.operand.NumericConstant;
import adql.query.operand.function.geometry.ContainsFunction;
import adql.query.operand.function.geometry.GeometryFunction;
import adql.query.operand.function.geometry.IntersectsFunction;

/**
 * Recognises {@code CONTAINS(...) = 1} and {@code INTERSECTS(...) = 0} and the like, so that the
 * dialects can emit a plain predicate that the database can use an index for.
 */
final class GeometryPatterns {
    private GeometryPatterns() {
    }

    /** A geometry predicate compared with a constant 0 or 1. */
    record PredicateTest(GeometryFunction predicate, boolean expected) {
    }

    static PredicateTest predicateTest(Comparison comp) {
        ADQLOperand l = comp.getLeftOperand(), r = comp.getRightOperand();
        ComparisonOperator op = comp.getOperator();
        if (op != ComparisonOperator.EQUAL && op != ComparisonOperator.NOT_EQUAL) return null;
        GeometryFunction f;
        Double k;
        if (isPredicate(l) && (k = constant(r)) != null) {
            f = (GeometryFunction) l;
        } else if (isPredicate(r) && (k = constant(l)) != null) {
            f = (GeometryFunction) r;
        } else {
            return null;
        }
        if (k != 0 && k != 1) return null;
        boolean expected = (k == 1) == (op == ComparisonOperator.EQUAL);
        return new PredicateTest(f, expected);
    }

    private static boolean isPredicate(ADQLOperand o) {
        return o instanceof ContainsFunction || o instanceof IntersectsFunction;
    }

    private static Double constant(ADQLOperand o) {
        if (o instanceof NumericConstant n) {
            try {
                return Double.valueOf(n.getValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
