package dev.prevent.cli;

import dev.prevent.history.PlanHistory;
import dev.prevent.history.Since;
import dev.prevent.model.Plan;
import dev.prevent.query.Baseline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --since REF|DATE}: the meeting to compare with, for each action's direction of travel (and a paper's changes). */
final class SinceOption {

    @Option(names = "--since", paramLabel = "REF|DATE",
            description = "The meeting to compare with: a git revision (a tag such as meeting-2015-09, main@{2015-09-01}) or "
                    + "a day YYYY-MM-DD. Statuses then are read from the plan's progress log on that day. Adds each "
                    + "action's trend: better, worse, same or new.")
    String since;

    /** The meeting asked for with --since, if any. */
    Optional<Since> given(Path planDir, LocalDate asOf) {
        return since == null ? Optional.empty() : Optional.of(Since.of(planDir, since, asOf));
    }

    /** The meeting asked for, else the last of the plan's meetings before {@code asOf}, if it has any. */
    Optional<Since> orLastMeeting(Path planDir, Plan plan, LocalDate asOf) {
        return given(planDir, asOf).or(() -> Since.lastMeeting(planDir, PlanHistory.meetings(planDir, plan.meetings(), null, asOf), asOf));
    }

    /** What each action's status was at the meeting {@code compared}, or none. */
    static Optional<Baseline> baseline(Plan plan, Optional<Since> compared) {
        return compared.map(s -> Baseline.on(s.name(), plan, s.day(), s.idsThen()));
    }
}
