package dev.prevent.cli;

import dev.prevent.check.DiagnosticFormat;
import dev.prevent.check.Validation;
import dev.prevent.exit.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent validate}: every problem in the plan, with its file, line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check the plan and print each problem with its file, line and column.",
        description = {"Check the plan files against the plan format and print each problem on a line of its own:",
                "  FILE:LINE:COL: error|warning: MESSAGE [RULE]",
                "Exits 1 when the plan has errors (or, with --strict, warnings)."},
        footer = {"", "Examples:", "  prevent validate", "  prevent validate --strict --format github"})
final class ValidateCommand extends PlanCommand implements Callable<Integer> {

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--strict", description = "Fail on warnings too.")
    private boolean strict;

    @Option(names = "--all", description = "Print every problem: by default at most " + Validation.SHOWN_PER_RULE
            + " of one rule, and a count of the rest (json and sarif always hold every one).")
    private boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "One of ${COMPLETION-CANDIDATES}: github gives workflow annotations, sarif is for code scanning. Default: ${DEFAULT-VALUE}.")
    private DiagnosticFormat format;

    @Override
    public Integer call() {
        prevent.finishInterrupted(planDir());
        Validation validation = Validation.of(planDir(), asOf.date());
        format.writer(prevent.colour(), all ? Integer.MAX_VALUE : Validation.SHOWN_PER_RULE).write(validation, strict, out());
        out().flush();
        return validation.passes(strict) ? ExitCode.OK.code() : ExitCode.PLAN_ERRORS.code();
    }
}
