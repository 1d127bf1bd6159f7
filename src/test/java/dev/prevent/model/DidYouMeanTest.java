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
    void wordsTooFarApartInLengthOrTooLongAreNotCompared() {
        assertThat(DidYouMean.distance("a", "abcd")).isEqualTo(3);
        assertThat(DidYouMean.distance("a", "abcde")).isEqualTo(Integer.MAX_VALUE);
        assertThat(DidYouMean.distance("x".repeat(200), "x".repeat(199) + "y")).isEqualTo(1);
        assertThat(DidYouMean.distance("x".repeat(201), "x".repeat(201))).isEqualTo(Integer.MAX_VALUE);
        assertThat(DidYouMean.distance("x".repeat(200), "x".repeat(201))).isEqualTo(Integer.MAX_VALUE);
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
        Plan plan = new Plan("T", "2015/16", null, null, null, null, null, List.of(),
                List.of(new Agency("COLC", "City of London Corporation"), new Agency("COLP", "City of London Police")), List.of(),
                List.of(), List.of(), null, null, null, List.of(), null);

        assertThat(plan.closestAgency("COLPX")).contains("COLP");
        assertThat(plan.closestAgency("police")).contains("COLP");
        assertThat(plan.closestAgency(" City ")).contains("COLC");
        assertThat(plan.closestAgency("Lon")).isEmpty();
        assertThat(plan.closestAgency("Health")).isEmpty();
    }
}
