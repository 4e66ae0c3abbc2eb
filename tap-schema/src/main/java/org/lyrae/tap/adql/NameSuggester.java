package org.lyrae.tap.adql;

import java.util.Collection;
import java.util.Locale;

/** The known name nearest to a misspelt one (Levenshtein distance), for error messages. */
final class NameSuggester {
    private NameSuggester() {
    }

    static String nearest(String unknown, Collection<String> known) {
        String u = unknown.toLowerCase(Locale.ROOT).replace("\"", "");
        String best = null;
        int bestDistance = Math.max(2, u.length() / 3) + 1;
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int d = Math.min(distance(u, kl), kl.contains(".") ? distance(u, kl.substring(kl.indexOf('.') + 1)) : Integer.MAX_VALUE);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
