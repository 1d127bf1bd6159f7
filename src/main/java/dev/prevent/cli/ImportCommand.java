package dev.prevent.cli;

import dev.prevent.adopt.SpreadsheetImport;
import dev.prevent.output.Visible;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent import}: an objective file from a spreadsheet of the plan saved as CSV. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make an objective file from a spreadsheet saved as CSV.",
        description = {"Make an objective file from a spreadsheet saved as CSV (UTF-8) with the original columns: "
                + "ACTION, LEAD, SUCCESS CRITERIA, TIME or TIMESCALE, RESOURCES, Progress, COMMENTS/PROGRESS.",
                "Headings are matched loosely and in any order. Leads are matched to plan.yaml's agencies by code or "
                        + "full name; progress words to the plan's scale. What does not fit is kept in the notes and "
                        + "reported. Never overwrites a file."},
        footer = {"", "Examples:", "  prevent import objective-4.csv", "  prevent import institutions.csv --objective 3 --into plans"})
final class ImportCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.csv", description = "The spreadsheet, saved as CSV.")
    private Path csv;

    @Option(names = "--into", paramLabel = "DIR", description = "The plan folder to add the objective to (default: --plan).")
    private Path into;

    @Option(names = "--objective", paramLabel = "ID", description = "The new objective's id (default: the next number).")
    private String objective;

    @Override
    public Integer call() {
        SpreadsheetImport.Result result = SpreadsheetImport.run(csv, into != null ? into : planDir(), objective,
                LocalDate.now());
        result.reports().forEach(line -> spec.commandLine().getErr().println("prevent: " + Visible.text(line)));
        out().println("wrote " + Visible.line(result.file().toString()) + " (" + result.actions()
                + (result.actions() == 1 ? " action)" : " actions)"));
        out().flush();
        spec.commandLine().getErr().flush();
        return 0;
    }
}
