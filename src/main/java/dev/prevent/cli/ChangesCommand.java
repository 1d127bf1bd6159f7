package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.history.PastPlan;
import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.model.Meetings;
import dev.prevent.model.Plan;
import dev.prevent.output.OutputFormat;
import dev.prevent.output.Visible;
import dev.prevent.words.DayWords;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent changes}: what moved since the last meeting, from git history. */
@Command(name = "changes", mixinStandardHelpOptions = true, sortOptions = false,
        header = "What moved since a git revision: the last meeting.",
        description = {"Actions added, removed and changed (status, timescale, lead, title, objective, new updates) "
                + "between the plan at a git revision and the working tree, staged or not."},
        footer = {"", "Examples:", "  prevent changes", "  prevent changes --since ${sys:prevent.last-month-tag:-meeting-2026-11}", "  prevent changes --since HEAD~3 --format json", "  prevent changes --since ${sys:prevent.last-month-uk:-01/11/2026}",
                "  prevent changes --since 'main@{${sys:prevent.last-month-day:-2026-11-01}}' --format markdown"})
final class ChangesCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "GIT-REF",
            description = "A tag (${sys:prevent.last-month-tag:-meeting-2026-11}), a branch, HEAD~3, a commit, a day (2026-11-25, 25/11/2026: the last "
                    + "commit on or before it), or REF@{YYYY-MM-DD}: that branch's last commit on or before that day. Default: the last meeting before the as-of day (plan.yaml's meetings, or tags "
                    + "named meeting-*).")
    private String since;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        Plan now = validPlan(day);
        PastPlan past = PlanHistory.at(planDir(), since != null ? revision(since, day) : lastMeeting(now, day), day);
        PlanChanges changes = PlanChanges.between(past, now);
        if (format.format == OutputFormat.JSON) {
            changes.notes().forEach(note -> spec.commandLine().getErr().println("prevent: " + Visible.text(note)));
        }
        format.write(changes, prevent, out());
        return ExitCode.OK.code();
    }

    /** A revision as given; a day (2026-11-25, 25/11/2026) is the plan as it was committed on that day. */
    private String revision(String given, LocalDate day) {
        return DayWords.read(given, day).map(reading -> {
            TypedWords.said(spec.commandLine(), reading.how());
            return "HEAD@{" + reading.day() + "}";
        }).orElse(given);
    }

    private String lastMeeting(Plan plan, LocalDate day) {
        PlanHistory.MeetingDays meetings = PlanHistory.meetings(planDir(), plan.meetings(), null, day);
        return meetings.lastBefore(day).map(meetings::revision).orElseThrow(() -> new UserError("the plan has no meeting "
                + "before " + day + " to compare with; give --since REV, or " + Meetings.HOW_TO_ADD));
    }
}
