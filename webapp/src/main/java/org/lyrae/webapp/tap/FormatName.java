package org.lyrae.webapp.tap;

import java.util.List;

/** How an output format is named: MIME type, the other names RESPONSEFORMAT accepts, TAPRegExt id. */
public record FormatName(String mime, List<String> aliases, String ivoId) {
}
