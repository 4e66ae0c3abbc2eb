package org.lyrae.webapp.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * What to do with the body of a request refused as too large (413): read the rest of it (bounded)
 * and throw it away before answering. Closing a connection while the client still sends makes TCP
 * reset it, and the client then loses the refusal it should read.
 */
public final class RefusedBody {
    /** The most of a refused body read and thrown away. */
    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    private RefusedBody() {
    }

    public static void drain(HttpServletRequest req) {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (var in = req.getInputStream()) {
            for (int n; total < DRAIN_LIMIT && System.nanoTime() < deadline && (n = in.read(buf)) >= 0; ) total += n;
        } catch (IOException | RuntimeException ignored) {
            // the stream is unusable after a failed multipart parse in some cases; Jetty closes then
        }
    }
}
