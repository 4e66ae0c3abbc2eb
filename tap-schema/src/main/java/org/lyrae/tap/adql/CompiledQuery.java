package org.lyrae.tap.adql;

import java.util.List;

/** An ADQL query checked and translated for one database, with the metadata of its result. */
public record CompiledQuery(String adql, String sql, List<ResultColumn> columns, boolean limitedByMaxrec) {
}
