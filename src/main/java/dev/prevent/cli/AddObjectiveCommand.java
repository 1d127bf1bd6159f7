package dev.prevent.cli;

import dev.prevent.adopt.NewObjective;
import dev.prevent.exit.ExitCode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent add-objective}: a new objective file, with the plan's next free id. */
@Command(name = "add-objective", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Add an objective: a new file with the next free id, its name and aim, and no actions yet.",
        description = {"Add an objective to the plan: a new file objective-ID-NAME.yaml with the next free id (after the "
                + "highest number), the name and the aim, written as the other objective files are and checked with the "
                + "plan before it is written. Add its actions with prevent add --objective ID."},
        footer = {"", "Examples:", "  prevent add-objective --name \"Training and awareness\" --aim \"Staff know how to refer\"",
                "  prevent add-objective --id 7 --name Schools --aim \"Every school knows its duty\" --dry-run"})
final class AddObjectiveCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "A short name, e.g. Training and awareness.")
    private String name;

    @Option(names = "--aim", paramLabel = "TEXT", required = true, description = "What the objective is for, in a sentence.")
    private String aim;

    @Option(names = "--id", paramLabel = "ID", description = "The objective's id (default: the next free number).")
    private String id;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        write.apply(() -> NewObjective.of(planDir(), id, name, aim, Today.date()), prevent.colour(), out());
        return ExitCode.OK.code();
    }
}
