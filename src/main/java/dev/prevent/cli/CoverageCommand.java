package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.query.DutyCoverage;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent coverage}: does the plan answer every area of the Prevent duty it declares? */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        header = "How the plan covers each area of the Prevent duty, each item of a framework, or each local risk.",
        description = {"One row per duty area of plan.yaml's 'duties:' (or, with --framework, per item of that framework, or "
                + "per local risk priority, worst-rated first): the actions serving it, the open ones, how many "
                + "at each status, overdue, and a verdict: not covered (no action), no open action (all closed), "
                + "all overdue, or covered.",
                "With --fail-if-any, exits 1 when an area is not covered: a gate for a plan's sign-off in CI."},
        footer = {"", "Examples:", "  prevent coverage", "  prevent coverage --as-of ${sys:prevent.year-end:-31/03/2027} --format markdown",
                "  prevent coverage --framework benchmarks", "  prevent coverage --framework risks --fail-if-any",
                "  prevent coverage --fail-if-any"})
final class CoverageCommand extends PlanCommand implements Callable<Integer> {

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private FormatOption format;

    @Option(names = "--framework", paramLabel = "ID", defaultValue = "toolkit",
            description = "The framework whose items to cover: an id of plan.yaml's 'frameworks:', toolkit (the duty areas, "
                    + "the default) or risks (the local risk priorities).")
    private String framework;

    @Option(names = "--fail-if-any", description = "Exit 1 when any area, item or risk is not covered.")
    private boolean failIfAny;

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        DutyCoverage coverage = DutyCoverage.of(validPlan(day), framework, day);
        format.write(coverage, prevent, out());
        return (failIfAny && coverage.anyNotCovered()) ? ExitCode.PLAN_ERRORS.code() : ExitCode.OK.code();
    }
}
