package dev.prevent.cli;

import picocli.CommandLine.Command;

/** {@code prevent overdue}: {@code list --overdue}, the question asked before every meeting. */
@Command(name = "overdue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the actions that are overdue: due before the as-of date (default today) and not closed.",
                "Takes every option of 'prevent list'."},
        footer = {"", "Examples:", "  prevent overdue", "  prevent overdue --as-of 2016-04-01 --lead COLC",
                "  prevent overdue --fail-if-any --format markdown"})
final class OverdueCommand extends ListCommand {

    @Override
    boolean overdueOnly() {
        return true;
    }
}
