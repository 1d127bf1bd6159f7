package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.ExitCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent add}: a new action, with the next free id of its objective. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Add an action to an objective, with the objective's next free id.",
        description = {"Add an action at the end of an objective's actions, with the next free id in natural order "
                + "(after 1.9 comes 1.10), written in the style of the file. The plan is checked before the file is written."},
        footer = {"", "Examples:", "  prevent add --objective 1 --title \"Mosque open days\" --lead COLC --timescale ${sys:prevent.fy:-2026/27}",
                "  prevent add --objective 2 --title \"Channel panel\" --action \"Chair the monthly panel\" "
                        + "--criterion \"Every referral heard within a month\" --dry-run"})
final class AddCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--objective", paramLabel = "ID", required = true, description = "The objective to add the action to.")
    private String objective;

    @Option(names = "--title", paramLabel = "T", required = true, description = "A short name for the action.")
    private String title;

    @Option(names = "--action", paramLabel = "TEXT", description = "What is to be done (default: the title).")
    private String action;

    @Option(names = "--lead", paramLabel = "CODE", description = "The lead agency; repeat for a joint lead.")
    private List<String> leads = new ArrayList<>();

    @Option(names = "--timescale", paramLabel = "T", description = "When it is due: ${sys:prevent.fy:-2026/27}, Q2 ${sys:prevent.fy:-2026/27}, 2027-03, ${sys:prevent.year-end:-31/03/2027} (a UK day), ongoing or a recurring word such as Quarterly; read as import reads a TIME cell.")
    private TypedWords.Timescale timescale;

    @Option(names = "--criterion", paramLabel = "TEXT", description = "A success criterion; repeat for several.")
    private List<String> criteria = new ArrayList<>();

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        write.apply(() -> PlanEditor.of(planDir(), Today.date()).add(objective, title, action, leads, timescale == null ? null : timescale.written(), criteria),
                prevent.colour(), out());
        return ExitCode.OK.code();
    }
}
