package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.load.LoadResult;
import dev.prevent.load.PlanLoader;
import dev.prevent.model.Agency;
import dev.prevent.model.Objective;
import dev.prevent.model.Status;
import dev.prevent.query.ActionFilter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code prevent complete lead|status|objective}: the values of the plan at hand, one a line, for the
 * shell completion script to offer after {@code --lead}, {@code --status} and {@code --objective}. Silent
 * when there is no plan to read: a completion must never print an error into the user's command line.
 */
@Command(name = "complete", hidden = true, header = "The plan's lead codes, status keys or objective ids, for shell completion.")
final class CompleteCommand extends PlanCommand implements Callable<Integer> {

    /** What can be completed. */
    enum Kind { LEAD, STATUS, OBJECTIVE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(paramLabel = "KIND", description = "One of ${COMPLETION-CANDIDATES}.")
    private Kind kind;

    @Override
    public Integer call() {
        try {
            LoadResult loaded = PlanLoader.load(planDir());
            Stream<String> values = switch (kind) {
                case LEAD -> loaded.plan().agencies().stream().map(Agency::code);
                case STATUS -> Stream.concat(loaded.plan().statuses().stream().map(Status::key), Stream.of(ActionFilter.NOT_ASSESSED));
                case OBJECTIVE -> loaded.plan().objectives().stream().map(Objective::id);
            };
            values.forEach(out()::println);
        } catch (RuntimeException e) {
            // No plan here, or one that cannot be read: nothing to offer.
        }
        out().flush();
        return ExitCode.OK.code();
    }
}
