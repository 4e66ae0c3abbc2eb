package org.lyrae.tap.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lyrae.tap.schema.TableDescriptor;
import uk.ac.starlink.table.StarTable;

/** What the demo-table tests share: where the data is, descriptors, and reading cells by name. */
final class DemoData {

    private DemoData() {
    }

    /** {@code ${lyrae.shared}/data} (set by surefire), else {@code ../../shared/data} from the module. */
    static Path dataDir() {
        String shared = System.getProperty("lyrae.shared");
        Path dir = shared != null ? Path.of(shared, "data") : Path.of("../../shared/data");
        assertTrue(Files.isDirectory(dir), "shared data folder not found: " + dir.toAbsolutePath());
        return dir;
    }

    /** Loads the descriptor JSON independently of the code under test. */
    static TableDescriptor descriptor(String qualifiedName) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/tables/" + qualifiedName + ".json")) {
            assertTrue(in != null, "no descriptor for " + qualifiedName);
            return new ObjectMapper().readValue(in, TableDescriptor.class);
        }
    }

    /** The table's rows as column-name-to-value maps, in table order. */
    static List<Map<String, Object>> rows(StarTable table) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = table.getColumnCount();
        for (long r = 0; r < table.getRowCount(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < n; c++) row.put(table.getColumnInfo(c).getName(), table.getCell(r, c));
            rows.add(row);
        }
        return rows;
    }

    /** Rows keyed by the value of one column, which must be unique. */
    static Map<Object, Map<String, Object>> byKey(List<Map<String, Object>> rows, String column) {
        Map<Object, Map<String, Object>> map = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Object previous = map.put(row.get(column), row);
            assertTrue(previous == null, "duplicate " + column + " " + row.get(column));
        }
        return map;
    }

    /**
     * A raw '#'-headed whitespace file read with nothing from the code under test: header names to
     * the tokens of each line, verbatim (NaN and "" included).
     */
    static List<Map<String, String>> rawTable(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).replaceFirst("^#", "").trim().split("\\s+");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] t = line.trim().split("\\s+");
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], t[i]);
            rows.add(row);
        }
        return rows;
    }
}
