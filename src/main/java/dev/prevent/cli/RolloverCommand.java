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
        header = "Start the plan's next year, carrying over every action not closed.",
        description = {"Start a new financial year of the plan: plan.yaml gets the new period and its version back at 1; "
                + "every action not at a closed status is carried over with its id, text, lead and history; closed actions "
                + "are left behind. A timescale due within the old year (a day, a month, a quarter or the year) moves into "
                + "the new one; one that was overdue already is listed for you to set, not moved.",
                "In a git repository the plan folder is changed in place as one commit, and the old year is tagged first "
                        + "(plan-${sys:prevent.fy-dashed:-2026-27}): prevent goes on finding the plan, and the old year stays in "
                        + "history (git show plan-${sys:prevent.fy-dashed:-2026-27}:plans/plan.yaml). Outside git, or with "
                        + "--into DIR, a new folder is made beside it, with a copy of its schema/ folder, and the old one is "
                        + "not changed. Never overwrites anything."},
        footer = {"", "Examples:", "  prevent rollover ${sys:prevent.next-fy:-2027/28}",
                "  prevent rollover ${sys:prevent.next-fy:-2027/28} --dry-run",
                "  prevent rollover ${sys:prevent.next-fy:-2027/28} --into plans-${sys:prevent.next-fy-dashed:-2027-28}"})
final class RolloverCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PERIOD", description = "The new financial year, e.g. ${sys:prevent.next-fy:-2027/28}.")
    private String period;

    @Option(names = "--into", paramLabel = "DIR", description = "Make the new year in a new folder instead (outside git, the "
            + "default is beside the plan folder, named for the period, e.g. plans-${sys:prevent.next-fy-dashed:-2027-28}).")
    private Path into;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        Rollover.Result result = Rollover.to(planDir(), period, into, Today.date());
        write.apply(result.change(), prevent.colour(), out());
        var out = out();
        out.println("carried " + result.carried().size() + (result.carried().size() == 1 ? " action" : " actions")
                + (result.carried().isEmpty() ? "" : ": " + String.join(", ", result.carried())));
        out.println("left " + result.left().size() + " closed" + (result.left().isEmpty() ? "" : ": " + String.join(", ", result.left())));
        result.moved().forEach(moved -> out.println("timescale " + moved));
        result.evidence().forEach(item -> out.println("assurance.yaml: " + item + " left behind as evidence; its comment says so"));
        if (!result.overdue().isEmpty()) {
            out.println("overdue already, timescale left for you to set (prevent update ID --timescale ...): "
                    + String.join(", ", result.overdue()));
        }
        if (write.dryRun) {
            out.flush();
            return ExitCode.OK.code();
        }
        if (result.oldYear() != null) {
            out.println("the old year is kept in git: see it with " + result.oldYear());
        } else {
            out.println("the new year is in " + result.folder() + ". prevent finds the folder named plans (or the one you are in); "
                    + "to work on the new year, give --plan " + result.folder() + ", set PREVENT_PLAN to it, or rename the folders "
                    + "(git mv plans plans-old, then git mv " + result.folder().getFileName() + " plans)");
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
