package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.edit.StatusWords;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Update;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The round before a meeting, at a terminal: each open action of one agency in plan order, with its due date,
 * last status and last note, and two questions, the new status (Enter keeps it) and a note (Enter skips).
 * {@code q} stops; what was entered before is kept, each answer being written as it is given.
 */
final class UpdateRound {

    private final PreventCommand prevent;
    private final Path folder;
    private final LocalDate today;
    private final List<String> leads;
    private final boolean commit;
    private final PrintWriter out;

    UpdateRound(PreventCommand prevent, Path folder, LocalDate today, List<String> leads, boolean commit, PrintWriter out) {
        this.prevent = prevent;
        this.folder = folder;
        this.today = today;
        this.leads = leads;
        this.commit = commit;
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
        String lead = leads.get(0);
        List<Action> open = PlanEditor.of(folder, today).openActionsLedBy(lead);
        out.println(open.size() + (open.size() == 1 ? " open action" : " open actions") + " led by " + lead
                + ". Enter keeps a status or skips a note; q stops.");
        int recorded = 0;
        round:
        for (Action action : open) {
            out.println();
            out.println(Visible.line(action.id() + "  " + action.title()) + action.due().map(d -> "  (due " + LongDate.of(d) + ")").orElse(""));
            out.println("    status now: " + (action.status() == null ? "not assessed" : Visible.line(action.status()))
                    + action.lastUpdate(today).map(UpdateRound::lastNote).orElse(""));
            out.flush();
            String status;
            while (true) {
                status = console.readLine("    new status [%s]: ", action.status() == null ? "none" : action.status());
                if (status == null || status.strip().equalsIgnoreCase("q")) {
                    break round;
                }
                if (status.isBlank()) {
                    break;
                }
                try {
                    StatusWords.resolve(PlanEditor.of(folder, today).plan(), status);
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
            boolean newStatus = !status.isBlank() && !status.strip().equalsIgnoreCase(String.valueOf(action.status()));
            if (!newStatus && note.isBlank()) {
                continue;
            }
            PlanEditor.Edited edited = PlanEditor.of(folder, today).update(new PlanEditor.Request(action.id(),
                    newStatus ? status.strip() : null, note.isBlank() ? null : note.strip(), today, List.of(), null));
            UpdateCommand.record(prevent, edited, false, commit, out);
            recorded++;
        }
        out.println(recorded + (recorded == 1 ? " action" : " actions") + " recorded.");
        out.flush();
        return 0;
    }

    private static String lastNote(Update update) {
        return "; last update " + update.date() + (update.note() == null ? "" : ": " + Visible.line(update.note().strip()));
    }
}
