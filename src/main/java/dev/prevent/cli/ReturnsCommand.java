package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import dev.prevent.returns.ProgressReturn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
                "  prevent returns --outstanding returns-2026-12-10"})
final class ReturnsCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "The filled forms (.xlsx).")
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
            LocalDate today = LocalDate.now();
            PlanEditor editor = PlanEditor.of(planDir(), today);
            ProgressReturn.Reading reading = ProgressReturn.read(file, editor.plan(), force);
            out.println(Visible.line(file.toString()) + ": from " + Visible.line(reading.agency().name()) + " (" + reading.agency().code()
                    + ") for the meeting on " + LongDate.of(reading.meeting()));
            reading.notes().forEach(note -> out.println("  note: " + Visible.line(note)));
            reading.conflicts().forEach(conflict -> out.println("  not applied: " + Visible.line(conflict)));
            notApplied += reading.conflicts().size();
            Optional<dev.prevent.edit.Changeset> change = reading.change(editor);
            if (change.isPresent()) {
                write.apply(change.get(), prevent.colour(), out);
            } else {
                out.println("  nothing new to record" + (reading.recorded() > 0 ? " (" + reading.recorded()
                        + (reading.recorded() == 1 ? " answer is" : " answers are") + " in the plan already)" : ""));
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

    /** The agencies sent a form that have not reported since it was made, with their open actions and last report. */
    private int outstanding() {
        LocalDate today = LocalDate.now();
        Plan plan = validPlan(today);
        List<Path> forms;
        try (Stream<Path> listed = Files.list(outstanding)) {
            forms = listed.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot read the folder '" + outstanding + "': " + e.getMessage());
        }
        if (forms.isEmpty()) {
            throw new UserError("no forms in " + outstanding + "; it should be the folder prevent request wrote them into");
        }
        var out = out();
        // Each agency's actions, found in one pass over the plan, not one per form.
        java.util.Map<String, List<Action>> byAgency = new java.util.HashMap<>();
        plan.actions().forEach(a -> a.lead().forEach(code -> plan.agency(code)
                .ifPresent(agency -> byAgency.computeIfAbsent(agency.code(), k -> new ArrayList<>()).add(a))));
        int waiting = 0;
        for (Path form : forms) {
            ProgressReturn.Sent sent = ProgressReturn.sent(form, plan);
            Optional<Agency> agency = plan.agency(sent.agency());
            List<Action> led = agency.map(a -> byAgency.getOrDefault(a.code(), List.of())).orElse(List.of());
            List<Action> open = led.stream().filter(a -> !plan.status(a.statusOn(today)).map(Status::closed).orElse(false)).toList();
            Optional<LocalDate> last = led.stream().flatMap(a -> a.updates().stream()).map(Update::date)
                    .filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
            if (last.isPresent() && !last.get().isBefore(sent.requested())) {
                continue;
            }
            waiting++;
            out.println(sent.agency() + " " + agency.map(Agency::name).map(Visible::line).orElse("") + ": no reply to the form of "
                    + LongDate.of(sent.requested()) + "; last reported " + last.map(LongDate::of).orElse("never") + "; "
                    + open.size() + (open.size() == 1 ? " open action: " : " open actions: ")
                    + String.join(", ", open.stream().map(Action::id).toList()));
        }
        out.println(waiting + " of " + forms.size() + (forms.size() == 1 ? " agency has" : " agencies have") + " not replied"
                + (waiting == 0 ? "" : " since its form was made"));
        out.flush();
        return ExitCode.OK.code();
    }
}
