package dev.prevent.cli;

import dev.prevent.query.ActionFilter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --lead} and {@code --objective}: narrow a list or a report to some agencies or objectives. */
final class ScopeOptions {

    @Option(names = "--lead", paramLabel = "CODE",
            description = "Only actions this agency leads (alone or jointly); repeat for any of several.")
    List<String> leads = new ArrayList<>();

    @Option(names = "--objective", paramLabel = "ID",
            description = "Only actions of this objective; repeat for any of several.")
    List<String> objectives = new ArrayList<>();

    /** Every action of the agencies and objectives named (all, when none are). */
    ActionFilter filter() {
        return ActionFilter.scope(leads, objectives);
    }
}
