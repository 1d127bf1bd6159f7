package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.query.LeadCounts;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code prevent leads}: what each partner agency leads and how it stands. */
@Command(name = "leads", mixinStandardHelpOptions = true, sortOptions = false,
        header = "What each agency leads, and how it stands.",
        description = {"One row per agency of plan.yaml, including those that lead nothing: actions led, how many "
                + "at each status of the plan's scale, not yet assessed, and overdue."},
        footer = {"", "Examples:", "  prevent leads", "  prevent leads --as-of ${sys:prevent.year-end:-31/03/2027} --format markdown"})
final class LeadsCommand extends PlanCommand implements Callable<Integer> {

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        format.write(LeadCounts.of(validPlan(day), day), prevent, out());
        return ExitCode.OK.code();
    }
}
