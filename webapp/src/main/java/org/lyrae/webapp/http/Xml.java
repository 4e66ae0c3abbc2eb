package org.lyrae.webapp.http;

import org.lyrae.tap.text.XmlText;

/** XML escaping for the web layer's documents (one implementation: {@link XmlText}). */
public final class Xml {
    private Xml() {
    }

    public static String escape(String s) {
        return XmlText.escape(s);
    }
}
