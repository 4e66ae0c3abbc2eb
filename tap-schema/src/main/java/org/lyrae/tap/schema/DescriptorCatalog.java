package org.lyrae.tap.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published tables, read from declarative descriptor files. Built-in descriptors are the
 * resources {@code tables/<schema>.<table>.json}; {@code lyrae ingest} adds descriptors from files.
 */
public final class DescriptorCatalog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, TableDescriptor> tables = new LinkedHashMap<>();

    public static TableDescriptor parse(InputStream in, String origin) {
        try {
            return JSON.readValue(in, TableDescriptor.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad table descriptor " + origin + ": " + e.getMessage(), e);
        }
    }

    public static TableDescriptor read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptor resource {@code tables/<qualifiedName>.json} on the class path. */
    public static TableDescriptor resource(String qualifiedName) {
        String path = "/tables/" + qualifiedName + ".json";
        try (InputStream in = DescriptorCatalog.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no table descriptor resource " + path);
            return parse(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void add(TableDescriptor t) {
        tables.put(key(t.qualifiedName()), t);
    }

    public synchronized boolean remove(String qualifiedName) {
        return tables.remove(key(qualifiedName)) != null;
    }

    public synchronized Optional<TableDescriptor> find(String qualifiedName) {
        return Optional.ofNullable(tables.get(key(qualifiedName)));
    }

    public synchronized List<TableDescriptor> tables() {
        return Collections.unmodifiableList(new ArrayList<>(tables.values()));
    }

    /** Schema names in first-seen order. */
    public synchronized List<String> schemas() {
        List<String> out = new ArrayList<>();
        for (TableDescriptor t : tables.values()) {
            if (out.stream().noneMatch(s -> s.equalsIgnoreCase(t.schema()))) out.add(t.schema());
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
