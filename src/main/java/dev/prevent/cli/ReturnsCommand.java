package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import dev.prevent.returns.FormsRead;
import dev.prevent.returns.Outstanding;
import dev.prevent.returns.ProgressReturn;
import dev.prevent.returns.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent returns}: filled progress returns read into the plan, one checked change per form. */
@Command(name = "returns", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Read filled progress returns into the plan: one checked change per form.",
        description = {"Each form made by prevent request and filled in by its agency becomes one change to the plan: a dated "
                + "update (status and note) for each filled row, written as prevent update writes one, the whole change "
                + "checked before anything is written, one diff shown. --commit makes one commit per form.",
                "A form of another plan or year is refused. A row for an action the agency was not asked about, a status "
                        + "that is not on the plan's scale and an edit outside the yellow cells are listed, never applied. "
                        + "An action that changed after the form was made is shown beside the form's answer and not applied "
                        + "unless --force. An answer already in the plan adds nothing, so a form read twice changes nothing.",
                "With --outstanding DIR (the folder the forms were made in), lists the agencies that have not reported since."},
        footer = {"", "Examples:", "  prevent returns returns-2026-12-10/*.xlsx --dry-run",
                "  prevent returns \"POLICE progress return 2026-12-10.xlsx\" --commit",
                "  prevent returns \"RE Prevent progress return.eml\"",
                "  prevent returns --outstanding returns-2026-12-10"})
final class ReturnsCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "The filled forms (.xlsx, .docx), or replies saved from "
            + "a mail program (.eml) with the forms attached.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--force", description = "Apply the answers of actions that changed after the form was made.")
    private boolean force;

    @Option(names = "--outstanding", paramLabel = "DIR", description = "List the agencies whose forms in DIR have not come back.")
    private Path outstanding;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        if (outstanding != null) {
            return outstanding();
        }
        if (files.isEmpty()) {
            throw new UserError("name the filled forms, e.g. prevent returns returns-2026-12-10/*.xlsx (or --outstanding DIR)");
        }
        var out = out();
        int notApplied = 0;
        for (Path file : files) {
            if (!Reply.isMessage(file)) {
                notApplied += read(file, Visible.line(file.toString()), file, out);
                continue;
            }
            // A saved reply: each attached form read as if given on its own, its ledger beside the message.
            Path into = temporaryFolder();
            try {
                Reply.Opened opened = Reply.open(file, into);
                opened.ignored().forEach(name -> out.println(Visible.line(file.toString()) + ": attachment '" + Visible.line(name)
                        + "' is no form, so it was not read"));
                if (opened.forms().isEmpty()) {
                    out.println(Visible.line(file.toString()) + ": no progress return is attached (.xlsx or .docx), so nothing was read");
                }
                for (Path form : opened.forms()) {
                    notApplied += read(form, Visible.line(file.toString()) + ", attachment '" + Visible.line(form.getFileName().toString())
                            + "'", file, out);
                }
            } finally {
                removeQuietly(into);
            }
        }
        out.flush();
        if (notApplied > 0) {
            spec.commandLine().getErr().println("prevent: " + notApplied + (notApplied == 1 ? " answer was" : " answers were")
                    + " not applied because the action changed after the form was made; see above");
            return ExitCode.PLAN_ERRORS.code();
        }
        return ExitCode.OK.code();
    }

    /** Reads one form into the plan and says so; the ledger of forms read is kept beside {@code cameIn}. */
    private int read(Path file, String shown, Path cameIn, java.io.PrintWriter out) {
        LocalDate today = Today.date();
        PlanEditor editor = PlanEditor.of(planDir(), today);
        ProgressReturn.Reading reading = ProgressReturn.read(file, editor.plan(), force, today);
        out.println(shown + ": from " + Visible.line(reading.agency().name()) + " (" + reading.agency().code()
                + ") for the meeting on " + LongDate.of(reading.meeting()));
        reading.notes().forEach(note -> out.println("  note: " + Visible.line(note)));
        reading.conflicts().forEach(conflict -> out.println("  not applied: " + Visible.line(conflict)));
        Optional<dev.prevent.edit.Changeset> change = reading.change(editor);
        if (change.isPresent()) {
            write.apply(change.get(), prevent.colour(), out);
        } else {
            out.println("  nothing new to record" + (reading.recorded() > 0 ? " (" + reading.recorded()
                    + (reading.recorded() == 1 ? " answer is" : " answers are") + " in the plan already)" : ""));
        }
        // Read, once its answers are in the plan: --outstanding counts it as come back, whatever else changes.
        if (!write.dryRun) {
            FormsRead.record(reading, cameIn, today);
        }
        return reading.conflicts().size();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("prevent-reply");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void removeQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | RuntimeException leftBehind) {
            // A copy of a form in the system's temporary folder, which the system clears.
        }
    }

    /** The agencies sent a form that have not reported since it was made, with their open actions and last report. */
    private int outstanding() {
        LocalDate today = Today.date();
        Plan plan = validPlan(today);
        Outstanding.Replies replies = Outstanding.in(outstanding, plan, today);
        List<Outstanding.Waiting> waiting = replies.waiting();
        var out = out();
        replies.unreadable().forEach(why -> out.println("not a form: " + Visible.line(why)));
        for (Outstanding.Waiting agency : waiting) {
            out.println(agency.code() + " " + Visible.line(agency.name()) + ": no reply to the form " + (agency.requested() == null ? "for the meeting" : "of " + LongDate.of(agency.requested()))
                    + "; last reported " + agency.last().map(LongDate::of).orElse("never") + "; " + agency.open().size()
                    + (agency.open().size() == 1 ? " open action: " : " open actions: ") + String.join(", ", agency.open()));
        }
        out.println(waiting.size() + " of " + replies.forms() + (replies.forms() == 1 ? " form has" : " forms have") + " not been read by "
                + "prevent returns" + (replies.unreadable().isEmpty() ? "" : "; " + replies.unreadable().size()
                + (replies.unreadable().size() == 1 ? " file is" : " files are") + " not a form (above)"));
        out.flush();
        return ExitCode.OK.code();
    }
}
