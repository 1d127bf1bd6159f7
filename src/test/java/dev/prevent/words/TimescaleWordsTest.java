package dev.prevent.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time cell as councils write it: a day in words, a recurring word with a qualifier, a month with words after it... */
class TimescaleWordsTest {

    @Test
    void aDayInWordsIsThatDay() {
        assertThat(TimescaleWords.read("31 December 2015")).hasValue(new TimescaleWords.Reading("2015-12-31", null));
        assertThat(TimescaleWords.read("By 1st May 2016")).hasValueSatisfying(reading -> {
            assertThat(reading.timescale()).isEqualTo("2016-05-01");
            assertThat(reading.guess()).isEqualTo("time 'By 1st May 2016' read as 1 May 2016");
        });
    }

    /** Each form docs/plan-format.md lists, in a plan of 2026/27: the timescale, the status it gives, whether words are kept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Annually, on issue of CTLP  | Annually, on issue of CTLP | -        | false",
            "Quarterly (board meetings)  | Quarterly (board meetings) | -        | false",
            "April 2027 refresh          | 2027-04                    | -        | true",
            "2025                        | 2025-12-31                 | -        | false",
            "Spring term 2027            | 2027-03                    | -        | true",
            "Autumn term 2026            | 2026-12                    | -        | true",
            "Summer 2027                 | 2027-08                    | -        | true",
            "End of March                | 2027-03                    | -        | false",
            "by June                     | 2026-06                    | -        | false",
            "6-monthly                   | Six-monthly                | -        | false",
            "Six monthly                 | Six-monthly                | -        | false",
            "Six-monthly                 | Six-monthly                | -        | false",
            "Bi-annually                 | Bi-annually                | -        | false",
            "Complete                    | -                          | Complete | false",
            "Complete – review 6-monthly | Six-monthly                | Complete | true"})
    void aCouncilsTimeWordsAreReadThroughTheOneReader(String cell, String timescale, String status, boolean keep) {
        assertThat(TimescaleWords.read(cell, "2026/27")).hasValueSatisfying(reading -> {
            assertThat(reading.timescale()).isEqualTo(timescale);
            assertThat(reading.status()).isEqualTo(status);
            assertThat(reading.keep()).isEqualTo(keep);
        });
        if (timescale != null && !timescale.equals(cell)) {
            // What the import writes reads back through the format's own reader.
            assertThat(dev.prevent.model.Timescale.parse(timescale).written()).isEqualTo(timescale);
        }
    }

    @Test
    void wordsThatSayTheTimeIsNotKnownGiveNoTimescaleAndAMonthAloneNeedsThePlansYear() {
        assertThat(TimescaleWords.read("N/A")).isEmpty();
        assertThat(TimescaleWords.read("TBC")).isEmpty();
        assertThat(TimescaleWords.toCome("TBC")).isTrue();
        assertThat(TimescaleWords.toCome("N/A")).isTrue();
        assertThat(TimescaleWords.read("End of March")).isEmpty();
    }

    @Test
    void aWordThatIsNoDayIsNotReadAsOne() {
        assertThat(TimescaleWords.read("today")).isEmpty();
        assertThat(TimescaleWords.read("31 Smarch 2015")).isEmpty();
    }
}
