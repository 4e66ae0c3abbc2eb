package org.lyrae.tap.adql;

import adql.db.DBChecker;
import adql.db.DBColumn;
import adql.db.DBTable;
import adql.db.DBType;
import adql.db.DefaultDBTable;
import adql.db.exception.UnresolvedIdentifiersException;
import adql.db.exception.UnsupportedFeatureException;
import adql.parser.ADQLParser;
import adql.parser.feature.LanguageFeature;
import adql.parser.grammar.ParseException;
import adql.query.ADQLQuery;
import adql.query.ADQLSet;
import adql.query.SelectItem;
import adql.query.TextPosition;
import adql.query.operand.ADQLOperand;
import adql.query.operand.function.InUnitFunction;
import adql.query.operand.function.geometry.RegionFunction;
import adql.query.operand.function.geometry.CircleFunction;
import adql.query.operand.function.geometry.PointFunction;
import adql.translator.JDBCTranslator;
import adql.translator.TranslationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.lyrae.tap.db.Dialect;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.DescriptorCatalog;
import org.lyrae.tap.schema.TableDescriptor;

/**
 * Parses ADQL with Vollt's ADQLLib, checks it against the published tables (and this query's
 * uploads) and translates it for the database. Errors are rewritten for the person who sent the
 * query: where, what, and the nearest known name when an identifier is unknown.
 */
public final class AdqlCompiler {
    public static final String TOO_DEEP = "The query is nested too deeply to be parsed; use fewer nested parentheses or sub-queries";
    private final DescriptorCatalog catalog;
    private final Dialect dialect;

    public AdqlCompiler(DescriptorCatalog catalog, Dialect dialect) {
        this.catalog = catalog;
        this.dialect = dialect;
    }

    /** The ADQL versions accepted in LANG, mapped to Vollt's parser versions. */
    public static ADQLParser.ADQLVersion version(String lang) throws AdqlException {
        String l = lang == null ? "ADQL" : lang.trim().toUpperCase(Locale.ROOT);
        switch (l) {
            case "ADQL": case "ADQL-2.1": return ADQLParser.ADQLVersion.V2_1;
            case "ADQL-2.0": return ADQLParser.ADQLVersion.V2_0;
            default: throw new AdqlException("Unsupported query language '" + lang + "': use ADQL, ADQL-2.0 or ADQL-2.1");
        }
    }

    /**
     * @param maxrec the most rows the client may get; the query asks the database for one more,
     *               so that an overflow can be told from a result of exactly maxrec rows
     */
    public CompiledQuery compile(String adql, String lang, List<UploadedTable> uploads, long maxrec) throws AdqlException {
        if (adql == null || adql.isBlank()) throw new AdqlException("The QUERY parameter is missing or empty");
        String text = stripTrailingSemicolon(adql);
        List<DBTable> tables = tables(uploads);
        ADQLParser parser = new ADQLParser(version(lang), new DBChecker(tables), null, null);
        parser.getSupportedFeatures().supportAll();
        // neither database translation implements these: refuse them as ADQL, not as SQL errors
        parser.getSupportedFeatures().unsupport(InUnitFunction.FEATURE);
        parser.getSupportedFeatures().unsupport(RegionFunction.FEATURE);
        ADQLSet set;
        try {
            set = parser.parseQuery(text);
        } catch (UnresolvedIdentifiersException e) {
            throw new AdqlException(describeUnresolved(e, tables));
        } catch (ParseException e) {
            throw new AdqlException("ADQL syntax error" + at(e.getPosition()) + ": " + withoutExpectedTokens(clean(e.getMessage())));
        } catch (RuntimeException e) {
            // the message only: e's toString would show the user a Java class name
            throw new AdqlException("Cannot parse the ADQL query" + (e.getMessage() == null ? "" : ": " + clean(e.getMessage())));
        } catch (StackOverflowError e) {
            // the parser recurses once per nesting level: thousands of '(' must be a 400, not a 500
            throw new AdqlException(TOO_DEEP);
        }
        boolean limited = false;
        if (maxrec >= 0 && maxrec < Integer.MAX_VALUE - 1) {
            int wanted = (int) maxrec + 1;
            if (set.getLimit() < 0 || set.getLimit() > wanted) {
                set.setLimit(wanted);
                limited = true;
            }
        }
        JDBCTranslator translator = dialect.translator();
        String sql;
        try {
            sql = translator.translate(set);
        } catch (TranslationException e) {
            throw new AdqlException("This query cannot be run here: " + clean(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new AdqlException(TOO_DEEP);
        }
        return new CompiledQuery(text, sql, resultColumns(set), limited);
    }

    /** A single trailing ';' is harmless; anything after it is another statement and refused. */
    static String stripTrailingSemicolon(String adql) throws AdqlException {
        String t = adql.strip();
        int semi = indexOfUnquotedSemicolon(t);
        if (semi < 0) return t;
        if (!t.substring(semi + 1).isBlank()) {
            throw new AdqlException("A query is a single ADQL SELECT statement; found more text after ';' at character "
                    + (semi + 1));
        }
        return t.substring(0, semi).strip();
    }

    private static int indexOfUnquotedSemicolon(String t) {
        boolean single = false, dbl = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\'' && !dbl) single = !single;
            else if (ch == '"' && !single) dbl = !dbl;
            else if (ch == ';' && !single && !dbl) return i;
        }
        return -1;
    }

    private List<DBTable> tables(List<UploadedTable> uploads) {
        List<DBTable> out = new ArrayList<>();
        for (TableDescriptor t : catalog.tables()) out.add(dbTable(t, t.lowerSchema(), t.name().toLowerCase(Locale.ROOT)));
        for (UploadedTable u : uploads) out.add(dbTable(u.descriptor(), u.dbSchema(), u.dbName()));
        return out;
    }

    private static DBTable dbTable(TableDescriptor t, String dbSchema, String dbName) {
        DefaultDBTable table = new DefaultDBTable(t.name());
        table.setDBName(dbName);
        table.setADQLSchemaName(t.schema());
        table.setDBSchemaName(dbSchema);
        for (ColumnDescriptor c : t.columns()) table.addColumn(new PublishedColumn(c, table));
        return table;
    }

    private static List<ResultColumn> resultColumns(ADQLSet set) {
        Map<String, ADQLOperand> operands = new HashMap<>();
        if (set instanceof ADQLQuery q) {
            for (SelectItem item : q.getSelect()) operands.put(item.getName().toLowerCase(Locale.ROOT), item.getOperand());
        }
        List<ResultColumn> out = new ArrayList<>();
        for (DBColumn c : set.getResultingColumns()) {
            ColumnDescriptor source = c instanceof PublishedColumn p ? p.descriptor : null;
            DBType type = c.getDatatype();
            String xtype = null;
            if (type != null && type.isGeometry()) {
                ADQLOperand op = operands.get(c.getADQLName().toLowerCase(Locale.ROOT));
                xtype = op instanceof PointFunction || type.type == DBType.DBDatatype.POINT ? "point"
                        : op instanceof CircleFunction ? "circle" : "polygon";
            }
            out.add(new ResultColumn(c.getADQLName(), source, type, xtype));
        }
        return out;
    }

    private static String describeUnresolved(UnresolvedIdentifiersException e, List<DBTable> tables) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<ParseException> it = e.getErrors(); it.hasNext(); ) {
            ParseException p = it.next();
            if (sb.length() > 0) sb.append("; ");
            String udf = unsupportedFunction(p);
            if (udf != null) {
                // Vollt says "Unsupported ADQL feature: "pg_sleep(param1 ?type?) -> ?type?" (of type '...features-udf')"
                sb.append("Unsupported function ").append(udf).append(at(p.getPosition()))
                        .append(": this service offers the ADQL standard functions only, no database functions");
                continue;
            }
            sb.append(clean(p.getMessage())).append(at(p.getPosition()));
            String unknown = unknownName(p);
            if (unknown != null) {
                String near = NameSuggester.nearest(unknown, names(tables, p instanceof adql.db.exception.UnresolvedTableException));
                if (near != null) sb.append(" (did you mean ").append(near).append("?)");
            }
        }
        return sb.toString();
    }

    /** The name of a function that is neither ADQL nor declared by this service, or null. */
    private static String unsupportedFunction(ParseException p) {
        if (!(p instanceof UnsupportedFeatureException u)) return null;
        LanguageFeature f = u.getUnsupportedLanguageFeature();
        if (f == null || !LanguageFeature.TYPE_UDF.equals(f.type)) return null;
        return f.udfDefinition != null ? f.udfDefinition.name : f.form;
    }

    private static String unknownName(ParseException p) {
        if (p instanceof adql.db.exception.UnresolvedColumnException c) return c.getColumnName();
        if (p instanceof adql.db.exception.UnresolvedTableException t) return t.getTableName();
        return null;
    }

    private static List<String> names(List<DBTable> tables, boolean tableNames) {
        List<String> out = new ArrayList<>();
        for (DBTable t : tables) {
            if (tableNames) {
                out.add(t.getADQLSchemaName() + "." + t.getADQLName());
            } else {
                for (DBColumn c : t) out.add(c.getADQLName());
            }
        }
        return out;
    }

    /** "Encountered X. Was expecting one of: <long token list> (HINT: ...)" becomes "Encountered X (HINT: ...)". */
    static String withoutExpectedTokens(String message) {
        int expecting = message.indexOf("Was expecting");
        if (expecting < 0) return message;
        int hint = message.indexOf("(HINT:", expecting);
        String head = message.substring(0, expecting).trim();
        return hint < 0 ? head : head + " " + message.substring(hint);
    }

    private static String at(TextPosition p) {
        if (p == null || p.beginLine < 0) return "";
        return " at line " + p.beginLine + ", column " + p.beginColumn;
    }

    private static String clean(String message) {
        if (message == null) return "unknown error";
        return message.replaceAll("\\s+", " ").replace(" !", "").replace("!", "").trim();
    }
}
