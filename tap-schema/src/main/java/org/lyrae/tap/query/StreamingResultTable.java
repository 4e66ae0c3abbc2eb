package org.lyrae.tap.query;

import adql.db.region.Region;
import adql.translator.JDBCTranslator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import org.lyrae.tap.adql.ResultColumn;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.VoDatatype;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DefaultValueInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.ValueInfo;

/**
 * A query result as a STIL table read once, row by row, straight from the JDBC cursor: nothing
 * is held in memory beyond the driver's fetch buffer (and the rows of {@link #readAhead}). At most
 * {@code maxrec} rows are given; when the cursor had more, {@link #overflowed()} says so once the
 * rows have been read.
 */
public final class StreamingResultTable extends AbstractStarTable {
    /** DALI's xtype, carried to the VOTable FIELD by STIL. */
    public static final ValueInfo XTYPE_INFO = new DefaultValueInfo("xtype", String.class);

    private final ResultSet rs;
    private final ColumnInfo[] infos;
    private final Converter[] converters;
    private final long maxrec;
    private final JDBCTranslator translator;
    private final ArrayDeque<Object[]> ahead = new ArrayDeque<>();
    private boolean started;
    private boolean exhausted;
    private volatile boolean overflow;
    private long rowsRead;

    private interface Converter {
        Object convert(ResultSet rs, int i) throws SQLException;
    }

    public StreamingResultTable(ResultSet rs, List<ResultColumn> columns, long maxrec, JDBCTranslator translator)
            throws SQLException {
        this.rs = rs;
        this.maxrec = maxrec;
        this.translator = translator;
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        infos = new ColumnInfo[n];
        converters = new Converter[n];
        for (int i = 0; i < n; i++) {
            ResultColumn rc = i < columns.size() ? columns.get(i) : null;
            String name = rc != null ? rc.name() : md.getColumnLabel(i + 1);
            setUp(i, name, rc, md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
        }
    }

    private void setUp(int i, String name, ResultColumn rc, int sqlType, String typeName) {
        ColumnDescriptor d = rc == null ? null : rc.source();
        if (rc != null && rc.type() != null && rc.type().isGeometry()) {
            ColumnInfo info = new ColumnInfo(name, double[].class, "Geometry value (DALI " + rc.geometryXtype() + ")");
            info.setXtype(rc.geometryXtype());
            info.setUnitString("deg");
            if (!"polygon".equals(rc.geometryXtype())) info.setShape(new int[] {"point".equals(rc.geometryXtype()) ? 2 : 3});
            infos[i] = info;
            converters[i] = (r, k) -> geometry(r.getObject(k));
            return;
        }
        if (d != null && "timestamp".equalsIgnoreCase(d.xtype()) || sqlType == java.sql.Types.TIMESTAMP
                || sqlType == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
            ColumnInfo info = new ColumnInfo(name, String.class, d == null ? null : d.description());
            info.setXtype("timestamp");
            infos[i] = describe(info, d);
            converters[i] = (r, k) -> {
                Timestamp t = r.getTimestamp(k);
                return t == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.toLocalDateTime());
            };
            return;
        }
        Class<?> cls = d != null ? VoDatatype.of(d.datatype()).javaClass : classFor(sqlType);
        ColumnInfo info = new ColumnInfo(name, cls, d == null ? null : d.description());
        infos[i] = describe(info, d);
        converters[i] = converterFor(cls);
    }

    private static ColumnInfo describe(ColumnInfo info, ColumnDescriptor d) {
        if (d == null) return info;
        info.setUnitString(d.unit());
        info.setUCD(d.ucd());
        info.setUtype(d.utype());
        if (d.xtype() != null) info.setXtype(d.xtype());
        return info;
    }

    private static Class<?> classFor(int sqlType) {
        switch (sqlType) {
            case java.sql.Types.BOOLEAN: case java.sql.Types.BIT: return Boolean.class;
            case java.sql.Types.SMALLINT: case java.sql.Types.TINYINT: return Short.class;
            case java.sql.Types.INTEGER: return Integer.class;
            case java.sql.Types.BIGINT: return Long.class;
            case java.sql.Types.REAL: return Float.class;
            case java.sql.Types.FLOAT: case java.sql.Types.DOUBLE: case java.sql.Types.NUMERIC: case java.sql.Types.DECIMAL:
                return Double.class;
            default: return String.class;
        }
    }

    private static Converter converterFor(Class<?> cls) {
        if (cls == Double.class) return (r, k) -> { double v = r.getDouble(k); return r.wasNull() ? null : v; };
        if (cls == Float.class) return (r, k) -> { float v = r.getFloat(k); return r.wasNull() ? null : v; };
        if (cls == Long.class) return (r, k) -> { long v = r.getLong(k); return r.wasNull() ? null : v; };
        if (cls == Integer.class) return (r, k) -> { int v = r.getInt(k); return r.wasNull() ? null : v; };
        if (cls == Short.class) return (r, k) -> { short v = r.getShort(k); return r.wasNull() ? null : v; };
        if (cls == Boolean.class) return (r, k) -> { boolean v = r.getBoolean(k); return r.wasNull() ? null : v; };
        return (r, k) -> r.getString(k);
    }

    private double[] geometry(Object value) throws SQLException {
        if (value == null) return null;
        try {
            Region region = translator.translateGeometryFromDB(value);
            return DaliGeometry.values(region);
        } catch (adql.parser.grammar.ParseException e) {
            throw new SQLException("unreadable geometry value " + value + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int getColumnCount() {
        return infos.length;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return infos[icol];
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    public boolean overflowed() {
        return overflow;
    }

    /**
     * Reads up to {@code maxRows} rows before they are asked for, so that a writer can learn
     * whether MAXREC cut the result before it writes the first row.
     *
     * @return true when the cursor has been read to its end (or to MAXREC): {@link #overflowed()}
     *         is then final
     */
    public synchronized boolean readAhead(int maxRows) throws IOException {
        if (started) throw new IllegalStateException("readAhead must come before the rows are read");
        while (!exhausted && (ahead.size() < maxRows || maxrec >= 0 && rowsRead >= maxrec)) {
            Object[] row = new Object[infos.length];
            if (fetch(row)) ahead.add(row);
        }
        return exhausted;
    }

    /** The next row of the cursor into {@code row}; false at its end or at MAXREC. */
    private boolean fetch(Object[] row) throws IOException {
        if (exhausted) return false;
        try {
            if (maxrec >= 0 && rowsRead >= maxrec) {
                overflow = rs.next();
                exhausted = true;
                return false;
            }
            if (!rs.next()) {
                exhausted = true;
                return false;
            }
            for (int i = 0; i < row.length; i++) row[i] = converters[i].convert(rs, i + 1);
            rowsRead++;
            return true;
        } catch (SQLException e) {
            throw new IOException(QueryFailure.describe(e), e);
        }
    }

    @Override
    public synchronized RowSequence getRowSequence() throws IOException {
        if (started) throw new IOException("a streamed query result can be read only once");
        started = true;
        return new RowSequence() {
            private final Object[] buffer = new Object[infos.length];
            private Object[] row = buffer;

            @Override
            public boolean next() throws IOException {
                Object[] read = ahead.poll();
                if (read != null) {
                    row = read;
                    return true;
                }
                row = buffer;
                return fetch(buffer);
            }

            @Override
            public Object getCell(int icol) {
                return row[icol];
            }

            @Override
            public Object[] getRow() {
                return row.clone();
            }

            @Override
            public void close() {
            }
        };
    }

}
