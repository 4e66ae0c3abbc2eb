package org.lyrae.webapp.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors that Jetty answers itself, before or around the servlets (a URI or header too long,
 * a request line it cannot parse, an unknown endpoint, a method a servlet does not take), as DALI
 * error documents rather than Jetty's HTML page, so that a TAP client can read why. It covers
 * the /tap paths and requests too broken to have a path; anything else keeps Jetty's page.
 */
public final class DaliErrorHandler extends ErrorHandler {

    /** Statuses Jetty answers when it cannot read the request, after which it closes the connection. */
    private static final java.util.Set<Integer> PARSER_ERRORS = java.util.Set.of(400, 413, 414, 431);

    @Override
    public boolean errorPageForMethod(String method) {
        return true;   // Jetty's default leaves e.g. a PUT's 405 without a body
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path != null && !path.startsWith("/tap") && !path.equals("/badMessage")) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        byte[] body = DaliErrors.document(describe(code, message, request.getMethod())).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-votable+xml;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        // Jetty drops the connection after a request it could not parse; without saying so, a
        // client that pools connections sends its next request into the closed socket
        if (PARSER_ERRORS.contains(code)) response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Jetty's reason phrase with advice where there is some; never an exception's text. */
    static String describe(int code, String message, String method) {
        String reason = HttpStatus.getMessage(code);
        switch (code) {
            case 404: return "HTTP 404 Not Found: this service has no such endpoint; TAP is at /tap (sync, capabilities, "
                    + "availability, tables, examples)";
            case 405: return "HTTP 405 Method Not Allowed: this endpoint does not take " + method
                    + " requests (TAP /sync takes GET and POST)";
            case 413: return "HTTP 413 Payload Too Large: the request is larger than this service accepts";
            case 414: return "HTTP 414 URI Too Long: send long queries with POST (application/x-www-form-urlencoded "
                    + "or multipart/form-data) instead of in the URL";
            case 431: return "HTTP 431 Request Header Fields Too Large: the request headers are larger than this service accepts";
            default:
                boolean plain = message != null && !message.isBlank() && !message.equals(reason)
                        && !message.contains("Exception") && !message.contains("org.") && !message.contains("java.");
                if (plain) return "HTTP " + code + " " + reason + ": " + message;
                if (code == 400) return "HTTP 400 Bad Request: the request line, a header or the URI path is malformed";
                return "HTTP " + code + " " + reason;
        }
    }
}
