package org.lyrae.tap.text;

/** XML text and attribute escaping for the documents the service writes by hand (VOSI, UWS, DALI). */
public final class XmlText {
    private XmlText() {
    }

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default:
                    // characters XML 1.0 forbids are replaced rather than written
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) sb.append('?');
                    else sb.append(c);
            }
        }
        return sb.toString();
    }
}
