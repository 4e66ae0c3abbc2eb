package org.lyrae.webapp.http;

import jakarta.servlet.http.HttpServletRequest;

/** The service's public base URL: configured, or as the client reached it. */
public final class BaseUrl {
    private BaseUrl() {
    }

    public static String of(HttpServletRequest req, String configured) {
        if (configured != null && !configured.isBlank()) return configured.replaceAll("/+$", "");
        StringBuilder sb = new StringBuilder().append(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        if (!(req.getScheme().equals("http") && port == 80 || req.getScheme().equals("https") && port == 443)) {
            sb.append(':').append(port);
        }
        return sb.append(req.getContextPath()).toString();
    }
}
