package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.ActionList;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code list} and {@code overdue} share: filters, the day, the format, the CI gate. */
final class ListOptions {

    @Mixin
    ScopeOptions scope;

    @Option(names = "--status", paramLabel = "KEY",
            description = "Only actions with this status, a key of the plan's scale, or 'none' for not yet assessed.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--due-before", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
            description = "Only actions due before this day, YYYY-MM-DD.")
    LocalDate dueBefore;

    @Option(names = "--stale", paramLabel = "DAYS",
            description = "Only actions whose newest update is more than DAYS before the as-of date, or that have none.")
    Integer staleDays;

    @Mixin
    AsOfOption asOf;

    @Mixin
    SinceOption since;

    @Mixin
    FormatOption format;

    @Option(names = "--fail-if-any", description = "Exit 1 when any action matches: a gate for CI.")
    boolean failIfAny;

    /** Lists the matching actions ({@code overdue}: only those overdue); exit 1 when asked to fail on any. */
    int list(PreventCommand prevent, PlanOption plan, boolean overdue, PrintWriter out) {
        LocalDate day = asOf.date();
        Plan valid = prevent.validPlan(plan, day);
        ActionFilter filter = new ActionFilter(scope.leads, statuses, scope.objectives, overdue, dueBefore, staleDays);
        ActionList answer = ActionList.of(valid, filter, day, since.baseline(valid, since.past(prevent.planDir(plan), day), day));
        format.write(answer, prevent, out);
        return (failIfAny && !answer.isEmpty()) ? ExitCode.PLAN_ERRORS.code() : ExitCode.OK.code();
    }
}
