package dev.prevent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code prevent overdue}: {@code list --overdue}, the question asked before every meeting. */
@Command(name = "overdue", mixinStandardHelpOptions = true, sortOptions = false,
        header = "List the actions that are overdue on the as-of day.",
        description = {"List the actions that are overdue: due before the as-of date (default today) and not closed.",
                "Takes every option of 'prevent list' but --overdue."},
        footer = {"", "Examples:", "  prevent overdue", "  prevent overdue --as-of ${sys:prevent.year-end:-31/03/2027} --lead COLC",
                "  prevent overdue --fail-if-any --format markdown"})
final class OverdueCommand extends PlanCommand implements Callable<Integer> {

    @Mixin
    private ListOptions options;

    @Override
    public Integer call() {
        return options.list(prevent, plan, true, out());
    }
}
