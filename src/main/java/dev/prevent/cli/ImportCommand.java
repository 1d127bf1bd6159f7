package dev.prevent.cli;

import dev.prevent.adopt.PlanImport;
import dev.prevent.exit.ExitCode;
import dev.prevent.output.Visible;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent import}: objective files from a plan's table in Word, Excel or CSV. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make objective files from a plan's table in Word (.docx), Excel (.xlsx) or CSV.",
        description = {"Make objective files from a delivery plan's table as it really is: every table of a Word "
                + "document, the first sheet of an Excel workbook (or --sheet NAME), or a CSV file, with the original "
                + "columns: ACTION, LEAD, SUCCESS CRITERIA, TIME or TIMESCALE, RESOURCES, Progress or RAG, "
                + "COMMENTS/PROGRESS, and Ref for the ids.",
                "Headings are matched loosely and in any order; title rows above them are skipped; a row merged across "
                        + "the table starts an objective (Objective Two: ...) or a theme; a cell merged down fills every "
                        + "row it spans. Leads are matched to plan.yaml's agencies by code or full name, progress to the "
                        + "plan's scale by word, letter or shading, UK dates to timescales.",
                "Every guess is listed for you to check; what fits no field is kept in the notes and reported. "
                        + "Never overwrites a file."},
        footer = {"", "Examples:", "  prevent import delivery-plan.docx", "  prevent import tracker.xlsx --sheet 'Plan 2016'",
                "  prevent import objective-4.csv --objective 4 --into plans --dry-run"})
final class ImportCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The plan's table: a .docx, .xlsx or .csv file.")
    private Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an Excel workbook to read (default: the first).")
    private String sheet;

    @Option(names = "--into", paramLabel = "DIR", description = "The plan folder to add the objectives to (default: --plan).")
    private Path into;

    @Option(names = "--objective", paramLabel = "ID",
            description = "The new objective's id, when the file holds one (default: its heading's number, else the next).")
    private String objective;

    @Option(names = "--date", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
            description = "The day the table's statuses were true, YYYY-MM-DD: each is recorded in the action's progress log "
                    + "on that day (default: today).")
    private LocalDate date;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        PlanImport.Result result = PlanImport.run(file, into != null ? into : planDir(), objective, sheet, date != null ? date : today,
                today);
        write.apply(result.change(), prevent.colour(), out());
        PrintWriter err = spec.commandLine().getErr();
        result.notices().forEach(line -> err.println("prevent: " + Visible.text(line)));
        if (!result.guesses().isEmpty()) {
            err.println("prevent: " + result.guesses().size() + (result.guesses().size() == 1 ? " value was" : " values were")
                    + " guessed; check " + (result.guesses().size() == 1 ? "it" : "them") + " in the new files:");
            result.guesses().forEach(line -> err.println("  " + Visible.text(line)));
        }
        err.flush();
        return ExitCode.OK.code();
    }
}
