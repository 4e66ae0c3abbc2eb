package org.lyrae.tap.adql;

import org.lyrae.tap.schema.TableDescriptor;

/** A table uploaded with a query: published to that query as TAP_UPLOAD.name, stored under dbName. */
public record UploadedTable(TableDescriptor descriptor, String dbSchema, String dbName) {
}
