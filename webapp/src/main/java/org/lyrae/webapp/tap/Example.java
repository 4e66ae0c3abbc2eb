package org.lyrae.webapp.tap;

import java.util.List;

/** One DALI example query, as declared in {@code examples.json}. */
public record Example(String id, String name, String description, String query, List<String> tables) {
}
