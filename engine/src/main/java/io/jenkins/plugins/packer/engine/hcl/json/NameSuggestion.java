package io.jenkins.plugins.packer.engine.hcl.json;

import java.util.List;

/** "Did you mean" suggestions as hcl makes them: the first candidate within Levenshtein distance 2. */
final class NameSuggestion {

    private NameSuggestion() {
    }

    /** The first of {@code candidates} close to {@code given}, or null. */
    static String suggest(String given, List<String> candidates) {
        for (String c : candidates) {
            if (distance(given, c) < 3) {
                return c;
            }
        }
        return null;
    }

    /** Levenshtein distance counted in code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
