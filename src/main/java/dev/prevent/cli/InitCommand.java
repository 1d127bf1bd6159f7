package dev.prevent.cli;

import dev.prevent.adopt.NewPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prevent init}: a new plan folder that validates at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Make a new plan folder that validates at once.",
        description = {"Make a new plan folder: plan.yaml with a Red/Amber/Green/Complete scale for the current "
                + "financial year, one example objective, and the JSON Schemas editors use. Never overwrites anything."},
        footer = {"", "Examples:", "  prevent init plans", "  prevent init ../our-plan && prevent --plan ../our-plan validate"})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The new folder (it may exist if it is empty).")
    private Path dir;

    @Override
    public Integer call() {
        List<Path> written = NewPlan.create(dir, LocalDate.now());
        written.forEach(file -> spec.commandLine().getOut().println("wrote " + file));
        spec.commandLine().getOut().println("Next: edit " + dir.resolve("plan.yaml") + ", then run prevent --plan " + dir + " validate");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
