package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.Fixtures;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The direction of travel by the scale's order: worst first, a closed status best, not assessed below the worst. */
class TrendTest {

    static final Plan PLAN = Validation.of(Fixtures.plan("report"), LocalDate.of(2016, 4, 1)).validPlan();

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource(nullValues = "none", value = {
            "off, at-risk, better", "at-risk, off, worse", "on, on, same", "off, done, better", "done, on, worse",
            "none, off, better", "off, none, worse", "none, none, same", "done, done, same", "on, unknown, worse"})
    void aStepLaterOnTheScaleIsBetter(String before, String now, String trend) {
        assertThat(Trend.between(PLAN, before, now)).hasToString(trend);
    }

    @Test
    void eachTrendHasItsSign() {
        assertThat(Trend.BETTER.arrow()).isEqualTo("↑");
        assertThat(Trend.WORSE.arrow()).isEqualTo("↓");
        assertThat(Trend.SAME.arrow()).isEqualTo("→");
        assertThat(Trend.NEW.arrow()).isEqualTo("new");
    }

    @Test
    void aPastPlanKnowsWhatIsNewAndADayDoesNotBothReadingTheLog() {
        Action first = PLAN.actions().filter(a -> a.id().equals("1.1")).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2016, 4, 1);
        Baseline past = Baseline.on("meeting", PLAN, LocalDate.of(2015, 10, 1), Optional.of(Set.of("2.1")));
        Baseline log = Baseline.on("2015-10-01", PLAN, LocalDate.of(2015, 10, 1), Optional.empty());

        assertThat(past.had(first)).isFalse();
        assertThat(past.trendOf(PLAN, first, day)).isEqualTo(Trend.NEW);
        assertThat(log.had(first)).isTrue();
        // 1.1's log says off on 14 September 2015, and off again since: the same.
        assertThat(log.statusOf(first)).isEqualTo("off");
        assertThat(log.trendOf(PLAN, first, day)).isEqualTo(Trend.SAME);
        assertThat(log.since()).isEqualTo("2015-10-01");
        assertThat(Baseline.on("meeting", PLAN, day, Optional.empty()).statuses()).containsEntry("2.2", "done").containsEntry("2.3", null);
    }

    @Test
    void theListGainsATrendColumnOnlyWithABaselineArrowsAtATerminalWordsInAFile() {
        LocalDate day = LocalDate.of(2016, 4, 1);
        // At the last meeting 1.1 was at risk (now off: worse) and 2.1 off (now at risk: better); the rest is new.
        Baseline then = new Baseline("meeting", LocalDate.of(2015, 10, 1), Map.of("1.1", "at-risk", "2.1", "off", "1.2", "on"),
                Optional.of(Set.of("1.1", "2.1", "1.2")));

        ActionList plain = ActionList.of(PLAN, Fixtures.EVERY_ACTION, day);
        ActionList trended = ActionList.of(PLAN, Fixtures.EVERY_ACTION, day, then);

        assertThat(plain.table().columns()).extracting(c -> c.name()).doesNotContain("TREND");
        assertThat(plain.rows()).hasSize(5).allSatisfy(r -> assertThat(r.trend()).isNull());
        assertThat(trended.table().columns()).last().extracting(c -> c.name()).isEqualTo("TREND");
        assertThat(trended.table().rows()).extracting(r -> r.get(0).text() + " " + r.get(r.size() - 1).text())
                .containsExactly("1.1 ↓ worse", "1.2 → same", "2.1 ↑ better", "2.2 new new", "2.3 new new");
        assertThat(trended.fields().columns()).last().extracting(c -> c.name()).isEqualTo("trend");
        assertThat(trended.fields().rows()).extracting(r -> r.get(r.size() - 1).text())
                .containsExactly("worse", "same", "better", "new", "new");
        // The status cell is shaded in the status's colour; not assessed is not.
        assertThat(trended.table().rows()).extracting(r -> r.get(3).colour())
                .containsExactly("#d4351c", "#00703c", "#f47738", null, null);
    }
}
