package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.words.StatusWords;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Update;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The round before a meeting, at a terminal: each open action of one agency in plan order, with its due date,
 * last status and last note, and two questions, the new status (Enter keeps it) and a note (Enter skips).
 * {@code q} stops; what was entered before is kept, each answer being written as it is given, through the same
 * {@link WriteOptions} as {@code update} (so {@code --dry-run} and {@code --commit} mean the same here).
 */
final class UpdateRound {

    private final Path folder;
    private final LocalDate date;
    private final List<String> leads;
    private final WriteOptions write;
    private final boolean colour;
    private final PrintWriter out;

    /** @param date the day of every answer, or null for today */
    UpdateRound(Path folder, LocalDate date, List<String> leads, WriteOptions write, boolean colour, PrintWriter out) {
        this.folder = folder;
        this.date = date;
        this.leads = leads;
        this.write = write;
        this.colour = colour;
        this.out = out;
    }

    int run() {
        if (leads.size() != 1) {
            throw new UserError("--interactive goes through one agency's actions: name it with --lead CODE");
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("--interactive asks questions at a terminal, and this is not one (input or output is "
                    + "redirected); record each action with 'prevent update ID --status S --note TEXT' instead");
        }
        LocalDate today = Today.date();
        LocalDate day = date == null ? today : date;
        String lead = leads.get(0);
        PlanEditor editor = PlanEditor.of(folder, today);
        Plan plan = editor.plan();
        List<Action> open = editor.openActionsLedBy(lead);
        out.println(open.size() + (open.size() == 1 ? " open action" : " open actions") + " led by " + lead
                + ". Enter keeps a status or skips a note; q stops.");
        int recorded = 0;
        round:
        for (Action action : open) {
            out.println();
            out.println(Visible.line(action.id() + "  " + action.heading()) + action.due().map(d -> "  (due " + LongDate.of(d) + ")").orElse(""));
            out.println("    status now: " + (action.status() == null ? "not assessed" : Visible.line(action.status()))
                    + action.lastUpdate(today).map(UpdateRound::lastNote).orElse(""));
            out.flush();
            String status;
            while (true) {
                status = console.readLine("    new status [%s]: ", action.status() == null ? "none" : action.status());
                if (status == null || status.strip().equalsIgnoreCase("q")) {
                    break round;
                }
                try {
                    if (!status.isBlank()) {
                        StatusWords.resolve(plan, status);
                    }
                    break;
                } catch (UserError unknown) {
                    out.println("    " + Visible.line(unknown.getMessage()));
                    out.flush();
                }
            }
            String note = console.readLine("    note: ");
            if (note == null || note.strip().equalsIgnoreCase("q")) {
                break;
            }
            Optional<PlanEditor.Request> answer = editor.answer(action, status, note, day);
            if (answer.isPresent()) {
                // The file changed with the last answer written: the edit is made on it as it is now.
                write.apply(() -> PlanEditor.of(folder, today).update(answer.get()), colour, out);
                recorded++;
            }
        }
        out.println(recorded + (recorded == 1 ? " action" : " actions") + (write.dryRun ? " would be recorded." : " recorded."));
        out.flush();
        return ExitCode.OK.code();
    }

    private static String lastNote(Update update) {
        return "; last update " + update.date() + (update.note() == null ? "" : ": " + Visible.line(update.note().strip()));
    }
}
