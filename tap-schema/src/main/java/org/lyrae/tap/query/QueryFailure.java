package org.lyrae.tap.query;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/** Database errors told in words for the user, without SQL internals or stack traces. */
public final class QueryFailure {
    private QueryFailure() {
    }

    public static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTimeoutException || state.equals("57014") || state.equals("HY008")) {
            return "The query ran longer than the time limit of this service and was stopped; "
                    + "use TAP /async for long queries or constrain it more";
        }
        if (state.equals("22012")) return "Division by zero in the query";
        if (state.equals("54001")) {
            // PostgreSQL's "stack depth limit exceeded": a query nested deeper than its parser goes
            return "The query is nested too deeply for the database; use fewer nested parentheses or sub-queries";
        }
        if (state.startsWith("22")) return "The query computed an invalid value: " + firstLine(e.getMessage());
        if (state.equals("25006") || state.startsWith("42501") || state.equals("90096")) {
            return "The query tried to change data; this service is read-only";
        }
        return "The database could not run the query: " + firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int sql = line.indexOf("; SQL statement:");
        return sql < 0 ? line : line.substring(0, sql);
    }
}
