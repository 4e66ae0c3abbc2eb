package org.lyrae.tap.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.TableDescriptor;
import org.lyrae.tap.schema.VoDatatype;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * Publishes any table STIL can read under a descriptor: the descriptor's columns are looked up
 * by name in the table and converted to the declared types, NaN becoming NULL.
 */
public final class StarTableIngest {
    private StarTableIngest() {
    }

    public static long publish(TablePublisher publisher, TableDescriptor d, String descriptorJson, StarTable table)
            throws SQLException, IOException {
        int[] index = new int[d.columns().size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = find(table, d.columns().get(i).name());
            if (index[i] < 0) {
                throw new IllegalArgumentException("column " + d.columns().get(i).name() + " of descriptor "
                        + d.qualifiedName() + " is not in the input table");
            }
        }
        try (RowSequence seq = table.getRowSequence()) {
            return publisher.publish(d, new Rows(seq, d.columns(), index), descriptorJson);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int find(StarTable t, String name) {
        for (int i = 0; i < t.getColumnCount(); i++) if (t.getColumnInfo(i).getName().equalsIgnoreCase(name)) return i;
        return -1;
    }

    static Object convert(Object v, ColumnDescriptor c) {
        if (v == null) return null;
        if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN()) return null;
        switch (VoDatatype.of(c.datatype())) {
            case DOUBLE: return ((Number) v).doubleValue();
            case FLOAT: return ((Number) v).floatValue();
            case LONG: return ((Number) v).longValue();
            case INT: return ((Number) v).intValue();
            case SHORT: return ((Number) v).shortValue();
            case BOOLEAN: return v instanceof Boolean ? v : Boolean.valueOf(v.toString());
            default: {
                String s = v.toString();
                return s.isEmpty() ? null : s;
            }
        }
    }

    private static final class Rows implements Iterator<Object[]> {
        private final RowSequence seq;
        private final List<ColumnDescriptor> cols;
        private final int[] index;
        private Boolean ready;

        Rows(RowSequence seq, List<ColumnDescriptor> cols, int[] index) {
            this.seq = seq;
            this.cols = cols;
            this.index = index;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                try {
                    ready = seq.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return ready;
        }

        @Override
        public Object[] next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = null;
            Object[] row = new Object[index.length];
            try {
                for (int i = 0; i < index.length; i++) row[i] = convert(seq.getCell(index[i]), cols.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return row;
        }
    }
}
