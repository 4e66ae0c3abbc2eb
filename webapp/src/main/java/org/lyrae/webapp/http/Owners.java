package org.lyrae.webapp.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Who owns a request's jobs. Without a token file everyone is anonymous. With one (lines of
 * {@code token owner}, # for comments), {@code Authorization: Bearer TOKEN} names the owner, an
 * unknown token is refused, and a request without one is anonymous.
 */
public final class Owners {
    private final Map<String, String> byToken;

    private Owners(Map<String, String> byToken) {
        this.byToken = byToken;
    }

    public static Owners anonymous() {
        return new Owners(Map.of());
    }

    public static Owners fromFile(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+", 2);
            if (parts.length != 2) throw new IOException("bad line in " + file + ": expected 'token owner'");
            m.put(parts[0], parts[1]);
        }
        return new Owners(m);
    }

    /** The owner, or null for anonymous. */
    public String of(HttpServletRequest req) throws DaliException {
        String auth = req.getHeader("Authorization");
        if (auth == null || byToken.isEmpty()) return null;
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new DaliException(401, "Only Authorization: Bearer <token> is understood here");
        }
        String owner = byToken.get(auth.substring(7).strip());
        if (owner == null) throw new DaliException(401, "Unknown token");
        return owner;
    }
}
