package dev.prevent.cli;

import dev.prevent.edit.Rollover;
import dev.prevent.exit.ExitCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent rollover}: next year's plan folder from this year's. */
@Command(name = "rollover", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make next year's plan folder, carrying over every action not closed.",
        description = {"Make the plan folder of a new financial year from this one: plan.yaml with the new period and "
                + "its version back at 1; every action not at a closed status carried over with its id, text, lead and "
                + "history, its timescale moved to the new year where it was the old one (or a quarter of it); closed "
                + "actions left behind. The old folder is not changed: git keeps its history. Never overwrites anything."},
        footer = {"", "Examples:", "  prevent rollover ${sys:prevent.next-fy:-2027/28}", "  prevent rollover ${sys:prevent.next-fy:-2027/28} --into plans-${sys:prevent.next-fy-dashed:-2027-28}", "  prevent rollover ${sys:prevent.next-fy:-2027/28} --dry-run"})
final class RolloverCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PERIOD", description = "The new financial year, e.g. ${sys:prevent.next-fy:-2027/28}.")
    private String period;

    @Option(names = "--into", paramLabel = "DIR", description = "The new folder (default: beside the plan folder, named "
            + "for the period, e.g. plans-${sys:prevent.next-fy-dashed:-2027-28}).")
    private Path into;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        Rollover.Result result = Rollover.to(planDir(), period, into, LocalDate.now());
        write.apply(result.change(), prevent.colour(), out());
        var out = out();
        out.println("carried " + result.carried().size() + (result.carried().size() == 1 ? " action" : " actions")
                + (result.carried().isEmpty() ? "" : ": " + String.join(", ", result.carried())));
        out.println("left " + result.left().size() + " closed" + (result.left().isEmpty() ? "" : ": " + String.join(", ", result.left())));
        result.moved().forEach(moved -> out.println("timescale " + moved));
        out.flush();
        return ExitCode.OK.code();
    }
}
