package dev.prevent.cli;

import dev.prevent.adopt.NewPlan;
import dev.prevent.exit.ExitCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prevent init}: a new plan folder that validates at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Make a new plan folder that validates at once.",
        description = {"Make a new plan folder: plan.yaml with a Red/Amber/Green/Complete scale for the current "
                + "financial year, one example objective, and the JSON Schemas editors use. Never overwrites anything."},
        footer = {"", "Examples:", "  prevent init plans", "  prevent init ../our-plan && prevent --plan ../our-plan validate"})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private PreventCommand prevent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The new folder (it may exist if it is empty).")
    private Path dir;

    @Option(names = "--period", paramLabel = "YEAR", description = "The plan's financial year, e.g. ${sys:prevent.fy:-2026/27} "
            + "(default: the current one).")
    private String period;

    @Option(names = "--with-benchmarks", description = "Add a skeleton of the Home Office's assurance benchmarks (ten "
            + "numbered items) for the council to name from its own copy; validate flags each until it is written.")
    private boolean withBenchmarks;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        write.apply(NewPlan.create(dir, Today.date(), period, withBenchmarks), prevent.colour(), out);
        if (!write.dryRun) {
            out.println("Next: edit " + dir.resolve("plan.yaml") + ", then run prevent --plan " + dir + " validate");
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
