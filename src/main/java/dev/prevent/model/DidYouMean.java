package dev.prevent.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest of a few known words to a mistyped one ({@code sucess_criteria} to {@code success_criteria}). */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String written, Collection<String> known) {
        String typed = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A phrase to end a message with: {@code " (did you mean 'x'?)"}, or nothing. */
    public static String suggestion(String written, Collection<String> known) {
        return phrase(closest(written, known));
    }

    /** The one way a suggestion is worded: {@code " (did you mean 'x'?)"}, or nothing when there is none. */
    public static String phrase(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Levenshtein distance with transpositions counted once (optimal string alignment). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
