package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.exit.UserError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filters on the query fixture: a four-step scale (off, at-risk, on, done; done closed), unquoted ids,
 * every timescale form. Each asserts the exact ids, in plan order.
 */
class ActionFilterTest {

    static Plan plan;

    @BeforeAll
    static void load() {
        plan = Validation.of(Fixtures.plan("queries"), LocalDate.of(2016, 4, 1)).validPlan();
    }

    static List<String> ids(ActionFilter filter, String asOf) {
        return filter.select(plan, LocalDate.parse(asOf)).stream().map(Action::id).toList();
    }

    static ActionFilter filter(List<String> leads, List<String> statuses, List<String> objectives, boolean overdue,
            String dueBefore, Integer stale) {
        return new ActionFilter(leads, statuses, objectives, overdue, dueBefore == null ? null : LocalDate.parse(dueBefore),
                stale);
    }

    static ActionFilter overdue() {
        return filter(List.of(), List.of(), List.of(), true, null, null);
    }

    @Test
    void planOrderIsObjectivesByIdThenActionsAsWritten() {
        assertThat(ids(Fixtures.EVERY_ACTION, "2016-04-01")).containsExactly(
                "1.1", "1.2", "1.10", "1.9", "2.1", "2.2", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7");
    }

    @Test
    void scalarsStayTheTextWritten() {
        assertThat(plan.statuses()).extracting(s -> s.key()).containsExactly("off", "at-risk", "on", "done");
        assertThat(plan.agency("NO")).isPresent();
        assertThat(plan.objectives()).extracting(o -> o.id()).containsExactly("1", "2", "10");
    }

    @ParameterizedTest(name = "overdue on {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2015-06-30 | ",
            "2015-07-01 | 10.1",
            "2015-09-30 | 10.1",
            "2015-10-01 | 2.1 10.1",
            "2015-12-31 | 2.1 10.1",
            "2016-01-01 | 2.1 10.1 10.2",
            "2016-02-29 | 2.1 10.1 10.2",
            "2016-03-01 | 1.2 2.1 10.1 10.2",
            "2016-03-31 | 1.2 2.1 10.1 10.2",
            "2016-04-01 | 1.1 1.2 1.9 2.1 10.1 10.2 10.4 10.5 10.7",
            "2030-01-01 | 1.1 1.2 1.9 2.1 10.1 10.2 10.4 10.5 10.7"})
    void overdueJustBeforeAndJustAfterEachDueDate(String asOf, String expected) {
        assertThat(ids(overdue(), asOf)).containsExactlyElementsOf(split(expected));
    }

    @Test
    void aClosedStatusIsNeverOverdueAndOngoingNeverFallsDue() {
        assertThat(ids(overdue(), "2030-01-01")).doesNotContain("1.10", "10.3", "10.6", "2.2");
    }

    @ParameterizedTest(name = "--lead {0}")
    @CsvSource(delimiter = '|', value = {
            "COLC       | 1.1 1.2 10.2 10.4",
            "colc       | 1.1 1.2 10.2 10.4",
            "COLP       | 1.2 1.10 2.2 10.3",
            "NO         | 10.1 10.5 10.7",
            "SPARE      | ",
            "COLC NHS   | 1.1 1.2 1.9 2.1 10.2 10.4",
            "COLC COLP  | 1.1 1.2 1.10 2.2 10.2 10.3 10.4"})
    void leadsMatchEachJointLeadAndAreAlternatives(String leads, String expected) {
        assertThat(ids(filter(split(leads), List.of(), List.of(), false, null, null), "2016-04-01"))
                .containsExactlyElementsOf(split(expected));
    }

    @ParameterizedTest(name = "--status {0}")
    @CsvSource(delimiter = '|', value = {
            "off          | 1.1 10.1 10.5",
            "OFF          | 1.1 10.1 10.5",
            "at-risk      | 1.2 10.4",
            "done         | 1.10",
            "none         | 10.2 10.6",
            "off none     | 1.1 10.1 10.2 10.5 10.6",
            "on done      | 1.10 1.9 2.1 2.2 10.3 10.7"})
    void statusesAreTheKeysOfThePlansOwnScale(String statuses, String expected) {
        assertThat(ids(filter(List.of(), split(statuses), List.of(), false, null, null), "2016-04-01"))
                .containsExactlyElementsOf(split(expected));
    }

    @Test
    void objectivesAreAlternatives() {
        assertThat(ids(filter(List.of(), List.of(), List.of("2", "10"), false, null, null), "2016-04-01"))
                .containsExactly("2.1", "2.2", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7");
    }

    @ParameterizedTest(name = "--due-before {0}")
    @CsvSource(delimiter = '|', value = {
            "2015-06-30 | ",
            "2015-07-01 | 10.1",
            "2016-02-29 | 2.1 10.1 10.2",
            "2016-03-01 | 1.2 2.1 10.1 10.2",
            "2016-04-01 | 1.1 1.2 1.10 1.9 2.1 10.1 10.2 10.4 10.5 10.7"})
    void dueBeforeIsStrictAndIgnoresActionsWithNoDueDate(String before, String expected) {
        assertThat(ids(filter(List.of(), List.of(), List.of(), false, before, null), "2015-01-01"))
                .containsExactlyElementsOf(split(expected));
    }

    // 1.10 is done: a closed action is never stale, however long since its last update.
    @ParameterizedTest(name = "--stale {1} on {0}")
    @CsvSource(delimiter = '|', value = {
            "2016-02-14 | 30  | 1.1 1.2 2.1 2.2 10.1 10.2 10.3 10.4 10.5 10.6 10.7",
            "2016-02-15 | 30  | 1.1 1.2 1.9 2.1 2.2 10.1 10.2 10.3 10.4 10.5 10.6 10.7",
            "2015-09-01 | 0   | 1.2 1.9 2.1 2.2 10.1 10.2 10.3 10.4 10.5 10.6 10.7",
            "2015-09-02 | 0   | 1.1 1.2 1.9 2.1 2.2 10.1 10.2 10.3 10.4 10.5 10.6 10.7",
            "2015-09-14 | 30  | 1.2 1.9 2.2 10.1 10.2 10.3 10.4 10.5 10.6 10.7"})
    void staleIsNoUpdateForMoreThanSomeDaysOrNoneAtAll(String asOf, int days, String expected) {
        assertThat(ids(filter(List.of(), List.of(), List.of(), false, null, days), asOf))
                .containsExactlyElementsOf(split(expected));
    }

    @Test
    void kindsNarrowEachOther() {
        assertThat(ids(filter(List.of("COLC"), List.of(), List.of(), true, null, null), "2016-04-01"))
                .containsExactly("1.1", "1.2", "10.2", "10.4");
        assertThat(ids(filter(List.of("COLC"), List.of("at-risk"), List.of(), true, null, null), "2016-03-01"))
                .containsExactly("1.2");
        assertThat(ids(filter(List.of("COLC"), List.of("at-risk"), List.of(), true, null, null), "2016-02-29"))
                .isEmpty();
        assertThat(ids(filter(List.of("NO", "NHS"), List.of("off", "on"), List.of("10"), true, null, null), "2016-04-01"))
                .containsExactly("10.1", "10.5", "10.7");
        assertThat(ids(filter(List.of(), List.of("none"), List.of(), false, "2016-01-01", 30), "2016-04-01"))
                .containsExactly("10.2");
    }

    @Test
    void anUnknownLeadIsAUsageErrorNamingThePlansCodes() {
        assertThatThrownBy(() -> ids(filter(List.of("POLICE"), List.of(), List.of(), false, null, null), "2016-04-01"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode().code()).isEqualTo(2))
                .hasMessage("no agency 'POLICE' in this plan (did you mean 'COLP'?); the agencies are COLC, COLP, NHS, NO, SPARE");
    }

    @Test
    void anUnknownStatusIsAUsageErrorNamingTheScale() {
        assertThatThrownBy(() -> ids(filter(List.of(), List.of("red"), List.of(), false, null, null), "2016-04-01"))
                .isInstanceOf(UserError.class)
                .hasMessage("no status 'red' in this plan; the statuses are off, at-risk, on, done, or none for not assessed");
    }

    @Test
    void anUnknownObjectiveIsAUsageError() {
        assertThatThrownBy(() -> ids(filter(List.of(), List.of(), List.of("3"), false, null, null), "2016-04-01"))
                .isInstanceOf(UserError.class).hasMessageContaining("the objectives are 1, 2, 10");
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.strip().split("\\s+"));
    }
}
