package org.lyrae.tap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lyrae.tap.schema.ColumnDescriptor;
import org.lyrae.tap.schema.TableDescriptor;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;

/**
 * The tables of the demo catalogue, and the little machinery they share: loading a descriptor
 * and building a STIL table whose columns are exactly the descriptor's.
 */
public final class DemoCatalogue {

    private DemoCatalogue() {
    }

    /** The demo tables, in the order they should be published. */
    public static List<DemoTableSource> sources() {
        return List.of(new SpectroscopicCalibrators(), new CatalinaRrLyrae(), new BulgeRrab());
    }

    /** Reads {@code tables/<qualifiedName>.json} from the class path. */
    static TableDescriptor descriptor(String qualifiedName) throws IOException {
        String resource = "/tables/" + qualifiedName + ".json";
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no descriptor resource " + resource);
            return new ObjectMapper().readValue(in, TableDescriptor.class);
        }
    }

    /**
     * Rows are given as name-to-value maps and put in descriptor order here, so that a reader
     * cannot silently shift a value into the wrong column: a missing or unknown name fails.
     */
    static final class TableBuilder {
        private final TableDescriptor descriptor;
        private final RowListStarTable table;
        private final Set<String> names = new HashSet<>();

        TableBuilder(String qualifiedName) throws IOException {
            descriptor = descriptor(qualifiedName);
            List<ColumnInfo> infos = new ArrayList<>();
            for (ColumnDescriptor c : descriptor.columns()) {
                ColumnInfo info = new ColumnInfo(c.name(), javaClass(c), c.description());
                info.setUnitString(c.unit());
                info.setUCD(c.ucd());
                info.setNullable(c.nullable());
                infos.add(info);
                names.add(c.name());
            }
            table = new RowListStarTable(infos.toArray(new ColumnInfo[0]));
            table.setName(descriptor.qualifiedName());
        }

        /** Starts a row; values not put stay null. */
        Row row() {
            return new Row();
        }

        StarTable build() {
            return table;
        }

        final class Row {
            private final Map<String, Object> values = new LinkedHashMap<>();

            Row put(String column, Object value) {
                if (!names.contains(column)) {
                    throw new IllegalArgumentException(descriptor.qualifiedName() + " has no column " + column);
                }
                values.put(column, value);
                return this;
            }

            void add() {
                List<ColumnDescriptor> columns = descriptor.columns();
                Object[] cells = new Object[columns.size()];
                for (int i = 0; i < cells.length; i++) {
                    ColumnDescriptor c = columns.get(i);
                    Object v = values.get(c.name());
                    if (v == null && !c.nullable()) {
                        throw new IllegalArgumentException("no value for non-null column " + c.name());
                    }
                    cells[i] = v;
                }
                table.addRow(cells);
            }
        }
    }

    private static Class<?> javaClass(ColumnDescriptor c) {
        return switch (c.datatype()) {
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "char", "unicodeChar" -> String.class;
            default -> throw new IllegalArgumentException("unsupported datatype " + c.datatype() + " of " + c.name());
        };
    }

    static Double toDouble(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
