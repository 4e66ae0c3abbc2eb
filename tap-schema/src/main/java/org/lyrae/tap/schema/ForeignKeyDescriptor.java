package org.lyrae.tap.schema;

import java.util.List;

/** A foreign key from this table's columns to the columns of another published table. */
public record ForeignKeyDescriptor(String target, List<String> from, List<String> to, String description) {
}
