package dev.prevent.history;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.IsoDate;
import dev.prevent.model.Plan;
import dev.prevent.query.Baseline;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The meeting a paper, a list or the changes compare with: its name as shown ({@code meeting-2015-09},
 * {@code 2015-09-14}), its day, and, when it is a git revision, the plan as it was then (which knows which actions
 * are new since). What a meeting saw is what its revision says on its day, by the one rule of
 * {@link dev.prevent.model.Action#statusOn}; a day with no revision is read from today's plan on that day.
 */
public record Since(String name, LocalDate day, Optional<PastPlan> past) {

    /**
     * {@code --since} as the user wrote it: a day ({@code 2015-09-14}) or a git revision (a tag, a branch,
     * {@code main@{2015-09-01}}).
     *
     * @throws UserError (exit 2) for a day that is not real, or a revision that is not there
     */
    public static Since of(Path planDir, String written, LocalDate asOf) {
        if (IsoDate.looksLikeOne(written)) {
            try {
                return new Since(written, IsoDate.parse(written), Optional.empty());
            } catch (IsoDate.NotADate e) {
                throw new UserError("--since '" + written + "' is not a real day: " + e.getMessage());
            }
        }
        PastPlan past = PlanHistory.at(planDir, written, asOf);
        return new Since(written, past.day(), Optional.of(past));
    }

    /**
     * The ids of the plan as it was then, when this is a git revision: an action not among them is new since (all
     * are, when the plan folder did not exist then); empty for a day, which knows no action as new.
     */
    public Optional<Set<String>> idsThen() {
        return past.map(p -> p.plan().map(plan -> plan.actions().map(Action::id).collect(Collectors.toSet())).orElse(Set.of()));
    }

    /** What each action's status was then: the revision's own on its day, or today's plan on the day given. */
    public Baseline baseline(Plan now) {
        if (past.isEmpty()) {
            return Baseline.on(name, now, day, Optional.empty());
        }
        Map<String, String> statuses = new HashMap<>();
        past.get().plan().ifPresent(then -> then.actions().forEach(a -> {
            if (!statuses.containsKey(a.id())) {
                statuses.put(a.id(), a.statusOn(day));
            }
        }));
        return Baseline.seen(name, day, statuses, idsThen().orElse(Set.of()));
    }

    /**
     * The earliest day a command reads today's plan on, where it asks of days before {@code asOf} that have no revision
     * of their own: the day compared with ({@code --since DAY}) and the days plan.yaml lists as meetings. Today's plan
     * must be dated by git back to it; a tagged meeting is read from its own revision instead.
     */
    public static LocalDate earliestReadFromToday(LocalDate asOf, Optional<Since> compared, Optional<PlanHistory.MeetingDays> meetings) {
        LocalDate earliest = asOf;
        if (meetings.isPresent() && !meetings.get().tagged() && !meetings.get().meetings().isEmpty()
                && meetings.get().meetings().get(0).day().isBefore(earliest)) {
            earliest = meetings.get().meetings().get(0).day();
        }
        if (compared.isPresent() && compared.get().past().isEmpty() && compared.get().day().isBefore(earliest)) {
            earliest = compared.get().day();
        }
        return earliest;
    }

    /** The last meeting before {@code asOf}, when the plan has meetings: the default of report, list --trend and changes. */
    public static Optional<Since> lastMeeting(Path planDir, PlanHistory.MeetingDays meetings, LocalDate asOf) {
        return meetings.lastBefore(asOf).map(meeting -> meetings.tagged()
                ? new Since(meeting.name(), meeting.day(), Optional.of(PlanHistory.at(planDir, meeting.name(), asOf)))
                : new Since(meeting.name(), meeting.day(), Optional.empty()));
    }
}
