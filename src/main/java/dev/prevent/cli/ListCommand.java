package dev.prevent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent list}: the actions that match, in plan order. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        header = "List the actions that match, with lead, status, due date and newest update.",
        description = {"List the plan's actions, in plan order, with lead, status, due date and newest update.",
                "Filters of one kind are alternatives (--status red --status blue); different kinds narrow each other."},
        footer = {"", "Examples:", "  prevent list --status red", "  prevent list --lead COLP --overdue --as-of ${sys:prevent.year-end:-31/03/2027}",
                "  prevent list --stale 90 --format csv > stale.csv", "  prevent list --status none --fail-if-any"})
final class ListCommand extends PlanCommand implements Callable<Integer> {

    @Mixin
    private ListOptions options;

    @Option(names = "--overdue", description = "Only actions due before the as-of date and not closed.")
    private boolean overdue;

    @Override
    public Integer call() {
        return options.list(prevent, plan, overdue, out());
    }
}
