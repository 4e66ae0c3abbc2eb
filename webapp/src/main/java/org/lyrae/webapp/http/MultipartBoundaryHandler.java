package org.lyrae.webapp.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Quotes a multipart boundary that is sent bare although it is not an RFC 9110 token, before
 * Jetty reads it. astroquery's TapPlus (0.4.x) uploads with {@code boundary====1700000000000===}:
 * Jetty's parameter parser drops the '=' signs from such a value and then answers "bad multipart"
 * for a body that is otherwise well formed. Quoting changes nothing for a correct header.
 */
public final class MultipartBoundaryHandler extends Handler.Wrapper {
    private static final Pattern BARE_BOUNDARY = Pattern.compile("(?i);\\s*boundary=([^\";\\s]+)");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    public MultipartBoundaryHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String fixed = quoteBoundary(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (fixed == null) return super.handle(request, response, callback);
        HttpFields headers = HttpFields.build(request.getHeaders()).put(HttpHeader.CONTENT_TYPE, fixed).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        }, response, callback);
    }

    /** The Content-Type with its boundary quoted, or null when it needs no change. */
    static String quoteBoundary(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, "multipart/", 0, 10)) return null;
        Matcher m = BARE_BOUNDARY.matcher(contentType);
        if (!m.find() || TOKEN.matcher(m.group(1)).matches()) return null;
        return contentType.substring(0, m.start(1)) + '"' + m.group(1) + '"' + contentType.substring(m.end(1));
    }
}
