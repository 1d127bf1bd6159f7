package dev.prevent.cli;

import dev.prevent.adopt.DocumentDay;
import dev.prevent.adopt.PlanImport;
import dev.prevent.exit.ExitCode;
import dev.prevent.output.Visible;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent import}: objective files from a plan's table in Word, Excel or CSV. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make objective files from a plan's table in Word (.docx), Excel (.xlsx) or CSV.",
        description = {"Make objective files from a delivery plan's table as it really is: every table of a Word "
                + "document, the first sheet of an Excel workbook (or --sheet NAME), or a CSV file, with the council's "
                + "own headings: Action or Activity or Task, Lead or Owner or Who, Success criteria or Measures or "
                + "Outcome, Time or Deadline or By when, Resources, Progress or RAG or Status, Comments or Update, "
                + "Ref or No. for the ids (docs/plan-format.md lists every word known). --column says which column is "
                + "which where the words do not.",
                "Title rows above the headings are skipped; a row merged across the table starts an objective "
                        + "(Objective 2: IDEOLOGY – Respond to ..., Priority 3, 4. Training) or a theme; a cell merged "
                        + "down fills every row it spans. Leads are matched to plan.yaml's agencies by code or full name, "
                        + "with a named officer as the owner; progress to the plan's scale by word, letter or shading; "
                        + "UK dates and words like Quarterly to timescales; duty areas guessed from each action's words.",
                "Every guess is listed for you to check; what fits no field is kept in the notes and reported. "
                        + "Never overwrites a file; with --add-agencies, plan.yaml is edited in place (comments and "
                        + "layout kept) and checked with the new files."},
        footer = {"", "Examples:", "  prevent import delivery-plan.docx --add-agencies",
                "  prevent import tracker.xlsx --sheet 'Plan 2027' --column \"Strategic intent=action\"",
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

    @Option(names = "--date", paramLabel = "DATE",
            description = "The day the table's statuses were true (2026-12-01 or ${sys:prevent.uk-day:-01/12/2026}): each is recorded in the action's progress log "
                    + "on that day (default: today).")
    private LocalDate date;

    @Option(names = "--column", paramLabel = "HEADING=FIELD", mapFallbackValue = "",
            description = "Read the column headed HEADING as FIELD (id, objective, theme, title, action, lead, owner, "
                    + "success_criteria, timescale, resources, status, notes, duties, evidence); repeatable.")
    private Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--add-agencies", description = "Add the agencies the file names but plan.yaml lacks to plan.yaml "
            + "(codes from their initials; each listed to check).")
    private boolean addAgencies;

    @Option(names = "--no-guess-duties", negatable = false, description = "Do not guess each action's duty areas from its "
            + "words when the file has no duty column.")
    private boolean noDutyGuesses;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        LocalDate today = Today.date();
        // Statuses are dated by the document's own day where it has one, and the import says which day it used.
        DocumentDay documentDay = date == null ? DocumentDay.of(file, today) : null;
        PlanImport.Request request = PlanImport.Request.of(objective, sheet, date != null ? date : documentDay.day()).withColumns(columns)
                .withAgenciesAdded(addAgencies).withDutiesGuessed(!noDutyGuesses);
        PlanImport.Result result = PlanImport.run(file, into != null ? into : planDir(), request, today);
        write.apply(result.change(), prevent.colour(), out());
        PrintWriter err = spec.commandLine().getErr();
        result.notices().forEach(line -> err.println("prevent: " + Visible.text(line)));
        if (documentDay != null && result.statusesRead() > 0) {
            err.println("prevent: " + Visible.text(documentDay.said()));
        }
        if (!result.guesses().isEmpty()) {
            err.println("prevent: " + result.guesses().size() + (result.guesses().size() == 1 ? " value was" : " values were")
                    + " guessed; check " + (result.guesses().size() == 1 ? "it" : "them") + " in the new files:");
            Map<PlanImport.Kind, List<PlanImport.Guess>> byKind = new EnumMap<>(PlanImport.Kind.class);
            result.guesses().forEach(g -> byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g));
            byKind.forEach((kind, guesses) -> {
                err.println("  " + kind.heading() + " (" + guesses.size() + "):");
                guesses.forEach(g -> err.println("    " + Visible.text(g.text())));
            });
        }
        err.flush();
        return ExitCode.OK.code();
    }
}
