package org.lyrae.webapp.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * DALI parameters, wherever they come from: an HTTP request now, or a UWS job's stored
 * parameters and inline uploads later. Names are case-insensitive.
 */
public interface DaliParams {

    /** Content sent inline with the parameters, for {@code UPLOAD=t,param:name}. */
    interface InlinePart {
        String contentType();

        InputStream open() throws IOException;

        /** The file name the client sent the part with (its last path segment), or null. */
        default String fileName() {
            return null;
        }
    }

    /** The first value of a parameter, or null. */
    default String get(String name) {
        List<String> v = all(name);
        return v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name);

    /** The inline part of this name, or null. */
    InlinePart part(String name);
}
