package dev.prevent.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A day as a person in the UK types it: day first, in figures or with the month's name; ISO as it stands. */
class DayWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-01       | 2026-12-01 | ",
            "01/12/2026       | 2026-12-01 | read 01/12/2026 as 1 December 2026",
            "1/12/26          | 2026-12-01 | read 1/12/26 as 1 December 2026",
            "1/12/99          | 1999-12-01 | read 1/12/99 as 1 December 1999",
            "1/12/76          | 2076-12-01 | read 1/12/76 as 1 December 2076",
            "1/12/77          | 1977-12-01 | read 1/12/77 as 1 December 1977",
            "1.12.2026        | 2026-12-01 | read 1.12.2026 as 1 December 2026",
            "13-01-2027       | 2027-01-13 | read 13-01-2027 as 13 January 2027",
            "1 December 2026  | 2026-12-01 | read 1 December 2026 as 1 December 2026",
            "1st Dec 2026     | 2026-12-01 | read 1st Dec 2026 as 1 December 2026",
            "31 Mar. 2027     | 2027-03-31 | read 31 Mar. 2027 as 31 March 2027",
            "4 Sept 2026      | 2026-09-04 | read 4 Sept 2026 as 4 September 2026",
            "Today            | 2026-12-03 | read Today as 3 December 2026",
    })
    void readsADayAndSaysHowWhenItWasNotIso(String typed, LocalDate day, String how) {
        assertThat(DayWords.read(typed, TODAY)).hasValueSatisfying(reading -> {
            assertThat(reading.day()).isEqualTo(day);
            assertThat(reading.how()).isEqualTo(how);
        });
    }

    /**
     * A two-figure year is the one within fifty years of today, either way, fifty years ahead included; a day with no
     * year of its own to go by (none given, before the year 100, after 9000) is taken as if it were in 2000.
     */
    @ParameterizedTest(name = "''{0}'' on {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "1/12/39 | 2090-01-01 | 2139-12-01",
            "1/12/40 | 2090-01-01 | 2040-12-01",
            "1/12/49 | 0100-06-01 | 0149-12-01",
            "1/12/49 | 0099-06-01 | 2049-12-01",
            "1/12/51 | 9000-06-01 | 8951-12-01",
            "1/12/51 | 9001-06-01 | 1951-12-01",
    })
    void aTwoFigureYearIsWithinFiftyYearsOfToday(String typed, LocalDate today, LocalDate day) {
        assertThat(DayWords.read(typed, today)).hasValueSatisfying(reading -> assertThat(reading.day()).isEqualTo(day));
    }

    @org.junit.jupiter.api.Test
    void withoutTodayATwoFigureYearIsWithinFiftyYearsOf2000() {
        assertThat(DayWords.read("1/12/49", null)).hasValueSatisfying(reading -> assertThat(reading.day()).isEqualTo(LocalDate.of(2049, 12, 1)));
        assertThat(DayWords.read("1/12/51", null)).hasValueSatisfying(reading -> assertThat(reading.day()).isEqualTo(LocalDate.of(1951, 12, 1)));
    }

    @org.junit.jupiter.api.Test
    void aTagsNameHoldsItsMeetingsDayWhereItHasAWholeOne() {
        assertThat(DayWords.inName("meeting-2026-12-17")).hasValue(LocalDate.of(2026, 12, 17));
        assertThat(DayWords.inName("board-17-12-2026")).hasValue(LocalDate.of(2026, 12, 17));
        assertThat(DayWords.inName("meeting-2026-12")).isEmpty();
        assertThat(DayWords.inName("meeting-3")).isEmpty();
        assertThat(DayWords.inName("v12026-12-17")).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"31/02/2026", "12/31/2026", "2026-13-01", "next week", "December 2026", "HEAD~3", "meeting-2026-11", ""})
    void isNoDayWhenItIsNoRealDayOrNoDayAtAll(String typed) {
        assertThat(DayWords.read(typed, TODAY)).isEmpty();
    }
}
