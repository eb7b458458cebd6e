package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

/**
 * "Did you mean ...?" helper after hashicorp/hcl's {@code nameSuggestion}: a candidate whose Levenshtein
 * distance to the given name is below 3. Where hashicorp/hcl takes the first such candidate (in Go map order
 * for variables and functions, so at random), this takes the closest one, the earliest on a tie, so that
 * suggestions are deterministic.
 */
public final class NameSuggestion {

    private NameSuggestion() {
    }

    public static String suggest(String given, Iterable<String> candidates) {
        String best = "";
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code " Did you mean \"x\"?"} or the empty string. */
    public static String didYouMean(String given, Iterable<String> candidates) {
        String s = suggest(given, candidates);
        return s.isEmpty() ? "" : " Did you mean " + Quote.go(s) + "?";
    }

    /** Levenshtein distance counted in code points. */
    public static int distance(String a, String b) {
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
