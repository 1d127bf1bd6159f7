package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.history.Since;
import dev.prevent.model.Meetings;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.ActionList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.prevent.model.Code;
import dev.prevent.words.StatusWords;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** The options {@code list} and {@code overdue} share: filters, the day, the format, the CI gate. */
final class ListOptions {

    @Mixin
    ScopeOptions scope;

    @Option(names = "--status", paramLabel = "S",
            description = "Only actions with this status: its key, label, colour or RAG letter (red, 'On target', G), "
                    + "in any case, or 'none' for not yet assessed.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--due-before", paramLabel = "DATE",
            description = "Only actions due before this day (2027-03-31, 31/03/2027).")
    LocalDate dueBefore;

    @Option(names = "--stale", paramLabel = "DAYS",
            description = "Only actions not closed whose newest update is more than DAYS before the as-of date, or that have none.")
    Integer staleDays;

    @Mixin
    AsOfOption asOf;

    @Mixin
    SinceOption since;

    @Option(names = "--trend", description = "Each action's trend since the last meeting (plan.yaml's meetings, or tags "
            + "named meeting-*), as --since that meeting would give it.")
    boolean trend;

    @Mixin
    FormatOption format;

    @Option(names = "--fail-if-any", description = "Exit 1 when any action matches: a gate for CI.")
    boolean failIfAny;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private String key(Plan plan, String typed) {
        StatusWords.Reading reading = StatusWords.read(plan, typed);
        TypedWords.said(command.commandLine(), reading.how());
        return reading.status().key();
    }

    /** Lists the matching actions ({@code overdue}: only those overdue); exit 1 when asked to fail on any. */
    int list(PreventCommand prevent, PlanOption plan, boolean overdue, PrintWriter out) {
        LocalDate day = asOf.date();
        Plan valid = prevent.validPlan(plan, day);
        List<String> keys = statuses.stream().map(s -> Code.same(s, ActionFilter.NOT_ASSESSED) ? s : key(valid, s)).toList();
        ActionFilter filter = new ActionFilter(scope.leads, keys, scope.objectives, overdue, dueBefore, staleDays);
        Path folder = prevent.planDir(plan);
        Optional<Since> compared = trend ? since.orLastMeeting(folder, valid, day) : since.given(folder, day);
        if (trend && compared.isEmpty()) {
            throw new UserError("--trend compares with the last meeting, and the plan has none before " + day + "; "
                    + Meetings.HOW_TO_ADD + ", or give --since");
        }
        // A day compared with is read from today's plan on it: its history back to that day.
        LocalDate earliest = Since.earliestReadFromToday(day, compared, Optional.empty());
        Plan dated = earliest.isBefore(day) ? prevent.dated(plan, valid, earliest) : valid;
        ActionList answer = ActionList.of(dated, filter, day, SinceOption.baseline(dated, compared).orElse(null));
        format.write(answer, prevent, out);
        return (failIfAny && !answer.isEmpty()) ? ExitCode.PLAN_ERRORS.code() : ExitCode.OK.code();
    }
}
