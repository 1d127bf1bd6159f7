package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An action's status as of a day comes from its log, so a past meeting's answers can be given again from today's files. */
class StatusAsOfTest {

    static final Plan PLAN = Validation.of(Fixtures.plan("status-history"), LocalDate.of(2026, 1, 1)).validPlan();

    private static Action action(String id) {
        return PLAN.actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void beforeTheFirstUpdateTheFirstValueKnownHolds() {
        // Nothing becomes "not assessed" for want of history (docs/plan-format.md, "Status as of a day").
        assertThat(action("1.1").statusOn(LocalDate.of(2015, 10, 1))).isEqualTo("at-risk");
        assertThat(action("1.1").statusOn(LocalDate.of(2015, 11, 2))).isEqualTo("at-risk");
    }

    @Test
    void anUpdateWithoutAStatusKeepsTheOneBefore() {
        assertThat(action("1.1").statusOn(LocalDate.of(2016, 1, 20))).isEqualTo("at-risk");
        assertThat(action("1.1").statusOn(LocalDate.of(2016, 2, 1))).isEqualTo("on");
    }

    @Test
    void fromTheNewestUpdateOnTheStatusFieldIsTheStatusAndWithoutALogItAlwaysIs() {
        assertThat(action("1.2").statusOn(LocalDate.of(2026, 1, 1))).isEqualTo("done");
        assertThat(action("1.3").statusOn(LocalDate.of(2015, 1, 1))).isEqualTo("at-risk");
    }

    @Test
    void theOverdueListOnAPastDayUsesThePastStatus() {
        Cli.Result then = Cli.run("--plan", Fixtures.plan("status-history").toString(), "overdue", "--as-of", "2016-04-15",
                "--format", "csv");
        Cli.Result now = Cli.run("--plan", Fixtures.plan("status-history").toString(), "overdue", "--as-of", "2016-06-01",
                "--format", "csv");

        assertThat(then.out()).contains("1.2,Done after its due date,1,,COLP,on,On track,");
        assertThat(now.out()).doesNotContain("1.2,");
    }

    @Test
    void listLeadsAndTheReportAnswerWithTheStatusOfTheDay() {
        String plan = Fixtures.plan("status-history").toString();

        // On 1 October 1.1 was at risk (its first value known) and 1.2 on track; by 1 March 1.1 is on track, 1.2 still on.
        assertThat(Cli.run("--plan", plan, "list", "--status", "none", "--as-of", "2015-10-01", "--format", "csv").out())
                .doesNotContain("1.1,").doesNotContain("1.2,").doesNotContain("1.3,");
        assertThat(Cli.run("--plan", plan, "list", "--status", "at-risk", "--as-of", "2015-12-01", "--format", "csv").out())
                .contains("1.1,").doesNotContain("1.2,").contains("1.3,");
        assertThat(Cli.run("--plan", plan, "leads", "--as-of", "2015-10-01", "--format", "csv").out())
                .contains("COLC,City of London Corporation,1,0,1,0,0,0,0");
        assertThat(Cli.run("--plan", plan, "leads", "--as-of", "2016-03-01", "--format", "csv").out())
                .contains("COLC,City of London Corporation,1,0,0,1,0,0,0");
        assertThat(Cli.run("--plan", plan, "report", "--format", "markdown", "--as-of", "2015-10-01").out())
                .contains("### 1.1 First assessed in November").contains("- **Status:** At risk");
    }
}
