package dev.prevent.adopt;

import dev.prevent.words.TimescaleWords;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a cell's words are read as: a TIME cell as a timescale, a row across the table as an objective or a theme. */
class CellWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2015/16          | 2015/16    | false",
            "2015-2016        | 2015-2016  | false",
            "2 0 1 5 - 2 0 1 6 | 2015-2016 | false",
            "2016-03-31       | 2016-03-31 | false",
            "Ongoing          | Ongoing    | false",
            "31/03/2017       | 2017-03-31 | true",
            "31/3/17          | 2017-03-31 | true",
            "31.03.2017       | 2017-03-31 | true",
            "1-4-2016         | 2016-04-01 | true",
            "March 2017       | 2017-03    | true",
            "Mar-17           | 2017-03    | true",
            "Sept 2016        | 2016-09    | true",
            "dec 15           | 2015-12    | true",
            "Q3 16/17         | Q3 2016/17 | true",
            "q1 2016-17       | q1 2016-17 | false",
            "Q1 16-17         | Q1 2016/17 | true",
            "Q4 FY 15/16      | Q4 2015/16 | true",
            "16/17            | 2016/17    | true",
            "FY 2016/17       | 2016/17    | true",
            "Continuous       | ongoing    | true",
            "on-going         | ongoing    | true"})
    void aTimeCellIsReadAsATimescaleAndAGuessSaysSo(String cell, String timescale, boolean guessed) {
        Optional<TimescaleWords.Reading> reading = TimescaleWords.read(cell);

        assertThat(reading).map(TimescaleWords.Reading::timescale).contains(timescale);
        assertThat(reading.get().guess() != null).isEqualTo(guessed);
        if (guessed) {
            assertThat(reading.get().guess()).startsWith("time '" + cell.strip() + "' read as");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2017", "16/18", "Q3 16/18", "Smarch 2017", "soon", "Q5 16/17", "next year"})
    void whatIsNoTimescaleIsNotGuessed(String cell) {
        assertThat(TimescaleWords.read(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBC", "tba", "TBD", "to be confirmed", "To be agreed", "N/A", "na", "-", "—", "??"})
    void wordsForNotYetAreNoTimescale(String cell) {
        assertThat(TimescaleWords.toCome(cell)).isTrue();
    }

    @Test
    void aDayWrittenTheUkWayIsExplained() {
        assertThat(TimescaleWords.read("31/03/2017").get().guess()).isEqualTo("time '31/03/2017' read as 31 March 2017 (day first, as in the UK)");
        assertThat(TimescaleWords.read("16/17").get().guess()).isEqualTo("time '16/17' read as the financial year 2016/17");
        assertThat(TimescaleWords.read("Mar-17").get().guess()).isEqualTo("time 'Mar-17' read as 2017-03 (due at the month's end)");
        assertThat(TimescaleWords.read("continuous").get().guess()).isEqualTo("time 'continuous' read as ongoing (never overdue)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Objective Two: INDIVIDUALS – support                 | 2 | Individuals",
            "**Objective 4 - Communities**                        | 4 | Communities",
            "objective one                                        | 1 | objective one",
            "OBJECTIVE 12. Schools                                | 12 | Schools",
            "Objective: Engagement                                |   | Engagement",
            "Objective setting for schools                        |   | setting for schools"})
    void aRowAcrossThatBeginsWithObjectiveStartsOne(String text, String id, String name) {
        assertThat(SectionHeading.of(text)).hasValueSatisfying(h -> {
            assertThat(h.id()).isEqualTo(id);
            assertThat(h.name()).isEqualTo(name);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Objectives of the plan", "Our objective", "1) Coordinated engagement"})
    void otherWordsStartNoObjective(String text) {
        assertThat(SectionHeading.of(text)).isEmpty();
    }

    @Test
    void aLoneFirstCellIsAHeadingWhenItReadsAsOne() {
        assertThat(SectionHeading.looksLikeOne("1) Coordinated Community Engagement")).isTrue();
        assertThat(SectionHeading.looksLikeOne("(a) Training")).isTrue();
        assertThat(SectionHeading.looksLikeOne("b. Training")).isTrue();
        assertThat(SectionHeading.looksLikeOne("**Objective Three**")).isTrue();
        assertThat(SectionHeading.looksLikeOne("Consult community groups")).isFalse();
        assertThat(SectionHeading.looksLikeOne("1)")).isFalse();
    }
}
