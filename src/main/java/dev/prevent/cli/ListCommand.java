package dev.prevent.cli;

import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.ActionList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prevent list}: the actions that match, in plan order. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the plan's actions, in plan order, with lead, status, due date and newest update.",
                "Filters of one kind are alternatives (--status red --status blue); different kinds narrow each other."},
        footer = {"", "Examples:", "  prevent list --status red", "  prevent list --lead COLP --overdue --as-of 2016-04-01",
                "  prevent list --stale 90 --format csv > stale.csv", "  prevent list --status none --fail-if-any"})
class ListCommand implements Callable<Integer> {

    @ParentCommand
    private PreventCommand prevent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScopeOptions scope;

    @Option(names = "--status", paramLabel = "KEY",
            description = "Only actions with this status, a key of the plan's scale, or 'none' for not yet assessed.")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--overdue", description = "Only actions due before the as-of date and not closed.")
    private boolean overdue;

    @Option(names = "--due-before", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
            description = "Only actions due before this day, YYYY-MM-DD.")
    private LocalDate dueBefore;

    @Option(names = "--stale", paramLabel = "DAYS",
            description = "Only actions whose newest update is more than DAYS before the as-of date, or that have none.")
    private Integer staleDays;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private FormatOption format;

    @Option(names = "--fail-if-any", description = "Exit 1 when any action matches: a gate for CI.")
    private boolean failIfAny;

    /** Whether this command lists overdue actions only, whatever the options say. */
    boolean overdueOnly() {
        return false;
    }

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        Plan plan = prevent.validPlan(day);
        ActionFilter filter = new ActionFilter(scope.leads, statuses, scope.objectives, overdue || overdueOnly(),
                dueBefore, staleDays);
        ActionList answer = ActionList.of(plan, filter, day);
        format.write(answer, prevent.colour(), spec.commandLine().getOut());
        return failIfAny && !answer.isEmpty() ? 1 : 0;
    }
}
