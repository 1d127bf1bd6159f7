package dev.prevent.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A time cell that names a day in words, as council papers (and prevent's own Word paper) write one. */
class TimescaleWordsTest {

    @Test
    void aDayInWordsIsThatDay() {
        assertThat(TimescaleWords.read("31 December 2015")).hasValue(new TimescaleWords.Reading("2015-12-31", null));
        assertThat(TimescaleWords.read("By 1st May 2016")).hasValueSatisfying(reading -> {
            assertThat(reading.timescale()).isEqualTo("2016-05-01");
            assertThat(reading.guess()).isEqualTo("time 'By 1st May 2016' read as 1 May 2016");
        });
    }

    @Test
    void aWordThatIsNoDayIsNotReadAsOne() {
        assertThat(TimescaleWords.read("today")).isEmpty();
        assertThat(TimescaleWords.read("31 Smarch 2015")).isEmpty();
    }
}
