package dev.prevent.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest of a few known words to a mistyped one ({@code sucess_criteria} to {@code success_criteria}). */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String written, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, written.length() / 3));
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : known) {
            // Only a candidate nearer than the best so far matters: the search stops as soon as one cannot be.
            int distance = distance(written, candidate, bestDistance - 1);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                if (distance == 0) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A phrase to end a message with: {@code " (did you mean 'x'?)"}, or nothing. */
    public static String suggestion(String written, Collection<String> known) {
        return phrase(closest(written, known));
    }

    /** The one way a suggestion is worded: {@code " (did you mean 'x'?)"}, or nothing when there is none. */
    public static String phrase(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Levenshtein distance with transpositions counted once (optimal string alignment), case aside; over 3: MAX_VALUE. */
    static int distance(String a, String b) {
        int d = distance(a, b, 3);
        return d > 3 ? Integer.MAX_VALUE : d;
    }

    /**
     * The distance when it is at most {@code limit}, else {@code limit + 1}, in time linear in the texts' length: texts
     * whose lengths differ by more are not compared at all, only cells within {@code limit} of the diagonal are filled,
     * and the comparison stops at the first row with none within the limit. Three rows, no matrix: a validate of a
     * thousand unknown leads against a thousand long codes makes a million of these.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int over = limit + 1;
        if (limit < 0 || Math.abs(n - m) > limit) {
            return Math.max(over, 0);
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            // The band and one cell either side: what the next rows read of this one.
            java.util.Arrays.fill(current, from - 1, Math.min(m, to + 1) + 1, over);
            current[0] = Math.min(i, over);
            int rowBest = from == 1 ? current[0] : over;
            char x = Character.toLowerCase(a.charAt(i - 1));
            for (int j = from; j <= to; j++) {
                char y = Character.toLowerCase(b.charAt(j - 1));
                int cost = x == y ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x == Character.toLowerCase(b.charAt(j - 2)) && Character.toLowerCase(a.charAt(i - 2)) == y) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = Math.min(d, over);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest >= over) {
                return over;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], over);
    }
}
