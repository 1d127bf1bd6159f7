package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every accepted form of a timescale and the due date it gives, at the boundaries. */
class TimescaleTest {

    @ParameterizedTest(name = "{0} is due {1}")
    @CsvSource({
            "2016-03-31, 2016-03-31",
            "2016-02-29, 2016-02-29",
            "2016-02, 2016-02-29",
            "2015-02, 2015-02-28",
            "2015-12, 2015-12-31",
            "2015/16, 2016-03-31",
            "2015-16, 2016-03-31",
            "2015/2016, 2016-03-31",
            "2015-2016, 2016-03-31",
            "1999/00, 2000-03-31",
            "2011-12, 2012-03-31",
            "Q1 2015/16, 2015-06-30",
            "q2 2015/16, 2015-09-30",
            "Q3 2015-16, 2015-12-31",
            "Q4 2015/2016, 2016-03-31",
            "'  2015/16  ', 2016-03-31",
    })
    void dueDates(String written, LocalDate due) {
        assertThat(Timescale.parse(written).due()).isEqualTo(due);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ongoing", "Ongoing", "ONGOING"})
    void ongoingIsNeverDue(String written) {
        Timescale timescale = Timescale.parse(written);
        assertThat(timescale.dueDate()).isEmpty();
        assertThat(timescale.form()).isEqualTo(Timescale.Form.ONGOING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015/17", "2015-2017", "2015-17", "2016-13", "Q1 2015/14", "2015/15"})
    void aFinancialYearMustSpanTwoFollowingYears(String written) {
        assertThatThrownBy(() -> Timescale.parse(written))
                .isInstanceOf(Timescale.InvalidTimescale.class)
                .hasMessageContaining("the second year must be the one after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "Q5 2015/16", "March 2016", "2016", "16/17", ""})
    void anythingElseNamesTheAcceptedForms(String written) {
        assertThatThrownBy(() -> Timescale.parse(written))
                .isInstanceOf(Timescale.InvalidTimescale.class)
                .hasMessageContaining("Q1 2015/16")
                .hasMessageContaining("ongoing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-02-29", "2016-02-30", "2016-04-31", "2016-00-10"})
    void aDateThatDoesNotExistIsABadDate(String written) {
        assertThatThrownBy(() -> Timescale.parse(written))
                .isInstanceOfSatisfying(Timescale.InvalidTimescale.class, e -> assertThat(e.notARealDate()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-31", "Q1 2015/16", "ongoing", "2016-03"})
    void aPlansPeriodMustBeAFinancialYear(String written) {
        assertThatThrownBy(() -> Timescale.parseFinancialYear(written)).hasMessageContaining("not a financial year");
        assertThat(Timescale.parseFinancialYear("2015/16").due()).isEqualTo(LocalDate.of(2016, 3, 31));
    }

    @org.junit.jupiter.api.Test
    void aTimescaleOfTheOldYearMovesIntoTheNewOneInItsOwnForm() {
        Timescale from = Timescale.parseFinancialYear("2015/16");
        Timescale to = Timescale.parseFinancialYear("2016/17");

        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2015-2016").movedInto(from, to)).contains("2016-2017");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2015/16").movedInto(from, to)).contains("2016/17");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("q3 2015/16").movedInto(from, to)).contains("Q3 2016/17");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2016-03-31").movedInto(from, to)).contains("2017-03-31");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2015-04-01").movedInto(from, to)).contains("2016-04-01");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2016-02-29").movedInto(from, to)).contains("2017-02-28");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2015-12").movedInto(from, to)).contains("2016-12");
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2015-03-31").movedInto(from, to)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("2016-04-01").movedInto(from, to)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("Termly").movedInto(from, to)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("Q1 2016/17").movedInto(from, to)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Timescale.parse("ongoing").movedInto(from, to)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstAndLastMonthsAreMonthsAndTheYearOfADayStartsInApril() {
        assertThat(Timescale.parse("2016-01").form()).isEqualTo(Timescale.Form.MONTH);
        assertThat(Timescale.parse("2016-01").dueDate()).contains(java.time.LocalDate.of(2016, 1, 31));
        assertThat(Timescale.parse("2016-12").dueDate()).contains(java.time.LocalDate.of(2016, 12, 31));
        assertThat(Timescale.financialYearOf(java.time.LocalDate.of(2016, 3, 31)).written()).isEqualTo("2015/16");
        assertThat(Timescale.financialYearOf(java.time.LocalDate.of(2016, 4, 1)).written()).isEqualTo("2016/17");
        assertThat(Timescale.financialYearOf(java.time.LocalDate.of(2000, 1, 1)).written()).isEqualTo("1999/00");
    }
}
