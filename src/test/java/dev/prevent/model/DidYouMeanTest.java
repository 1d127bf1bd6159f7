package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The near miss a message offers for a mistyped id, key, status or agency: close enough to be meant, and only then. */
class DidYouMeanTest {

    @Test
    void editsAreCountedOnceEachAndASwapOfNeighboursIsOne() {
        assertThat(DidYouMean.distance("", "")).isZero();
        assertThat(DidYouMean.distance("abc", "abc")).isZero();
        assertThat(DidYouMean.distance("abc", "")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
        assertThat(DidYouMean.distance("staus", "satus")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("abcd", "acbd")).isEqualTo(1);
    }

    @Test
    void wordsTooFarApartInLengthAreNotComparedAndLongOnesInLinearTime() {
        assertThat(DidYouMean.distance("a", "abcd")).isEqualTo(3);
        assertThat(DidYouMean.distance("a", "abcde")).isEqualTo(Integer.MAX_VALUE);
        assertThat(DidYouMean.distance("x".repeat(200), "x".repeat(199) + "y")).isEqualTo(1);
        // Only the cells near the diagonal are filled, so a long word costs its length, not its square.
        assertThat(DidYouMean.distance("x".repeat(100_000), "x".repeat(100_000))).isZero();
        assertThat(DidYouMean.distance("x".repeat(200), "x".repeat(201))).isEqualTo(1);
    }

    @Test
    void theFirstOfTheNearestIsOfferedInItsOwnCase() {
        assertThat(DidYouMean.closest("colx", List.of("COLC", "COLP"))).contains("COLC");
        assertThat(DidYouMean.closest("colx", List.of("COLP", "COLC"))).contains("COLP");
        assertThat(DidYouMean.closest("COLPP", List.of("NHS", "COLP", "COLC"))).contains("COLP");
    }

    @Test
    void aWordMayBeOffByOneEditInThreeLettersAndNeverMoreThanThree() {
        // Up to five letters: one edit.
        assertThat(DidYouMean.closest("ab", List.of("xb"))).contains("xb");
        assertThat(DidYouMean.closest("abcde", List.of("abcxy"))).isEmpty();
        // Six letters: two.
        assertThat(DidYouMean.closest("abcdef", List.of("abcdxy"))).contains("abcdxy");
        assertThat(DidYouMean.closest("abcdef", List.of("abcxyz"))).isEmpty();
        // Twelve letters or more: three at most.
        assertThat(DidYouMean.closest("abcdefghijkl", List.of("abcdefghixyz"))).contains("abcdefghixyz");
        assertThat(DidYouMean.closest("abcdefghijklmnopqrstu", List.of("abcdefghijklmnopqwxyz"))).isEmpty();
        assertThat(DidYouMean.closest("anything", List.of())).isEmpty();
    }

    @Test
    void thePhraseEndsAMessage() {
        assertThat(DidYouMean.suggestion("grene", List.of("green", "red"))).isEqualTo(" (did you mean 'green'?)");
        assertThat(DidYouMean.suggestion("purple", List.of("green", "red"))).isEmpty();
    }

    @Test
    void anAgencyIsOfferedByANearCodeOrByAWordOfFourLettersOrMoreInItsName() {
        Plan plan = new Plan("T", "2015/16", null, null, null, null, null, null, List.of(),
                List.of(new Agency("COLC", "City of London Corporation"), new Agency("COLP", "City of London Police")), List.of(),
                List.of(), List.of(), null, null, null, List.of(), null);

        assertThat(plan.closestAgency("COLPX")).contains("COLP");
        assertThat(plan.closestAgency("police")).contains("COLP");
        assertThat(plan.closestAgency(" City ")).contains("COLC");
        assertThat(plan.closestAgency("Lon")).isEmpty();
        assertThat(plan.closestAgency("Health")).isEmpty();
    }

    @Test
    void theBoundedDistanceIsTheFullOneUpToItsLimit() {
        java.util.Random random = new java.util.Random(2026);
        for (int run = 0; run < 5000; run++) {
            String a = small(random);
            String b = random.nextInt(4) == 0 ? a : small(random);
            int limit = random.nextInt(6);
            int full = fullDistance(a, b);
            assertThat(DidYouMean.distance(a, b, limit)).as("%s %s %d", a, b, limit).isEqualTo(full <= limit ? full : limit + 1);
        }
    }

    /** Up to 12 letters of four, so near misses, swaps and repeats are common. */
    private static String small(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    @org.junit.jupiter.api.Test
    void aThousandUnknownWordsAgainstAThousandLongCodesAreAnsweredWithoutAMatrixEach() {
        java.util.Random random = new java.util.Random(46);
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(word(random, 150));
        }
        // The answers are what the full search gives (timed in bench/hostile, not here).
        for (int i = 0; i < 50; i++) {
            String typed = i % 2 == 0 ? codes.get(i).substring(1) : word(random, 150);
            java.util.Optional<String> expected = codes.stream().filter(c -> fullDistance(typed.toLowerCase(), c.toLowerCase())
                    <= Math.max(1, Math.min(3, typed.length() / 3))).min(java.util.Comparator.comparingInt(
                    (String c) -> fullDistance(typed.toLowerCase(), c.toLowerCase())).thenComparingInt(codes::indexOf));
            assertThat(DidYouMean.closest(typed, codes)).isEqualTo(expected);
        }
    }

    private static String word(java.util.Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('A' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** The whole matrix, as the distance was once computed: the reference. */
    private static int fullDistance(String a, String b) {
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
