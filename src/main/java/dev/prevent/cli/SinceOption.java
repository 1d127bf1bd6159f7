package dev.prevent.cli;

import dev.prevent.history.PlanHistory;
import dev.prevent.history.Since;
import dev.prevent.model.Plan;
import dev.prevent.query.Baseline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import dev.prevent.words.DayWords;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --since REF|DATE}: the meeting to compare with, for each action's direction of travel (and a paper's changes). */
final class SinceOption {

    @Option(names = "--since", paramLabel = "REF|DATE",
            description = "The meeting to compare with: a git revision (a tag such as ${sys:prevent.last-month-tag:-meeting-2026-11}, main@{${sys:prevent.last-month-day:-2026-11-01}}) or "
                    + "a day (${sys:prevent.last-month-day:-2026-11-01} or ${sys:prevent.uk-day:-01/12/2026}). Statuses then are what that revision said on its day (a tag named meeting-2026-11-19 is of that day), or, for a day, today's plan on it. Adds each "
                    + "action's trend: better, worse, same or new.")
    String since;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The meeting asked for with --since, if any; a day typed as people write one (25/11/2026) is read as that day. */
    Optional<Since> given(Path planDir, LocalDate asOf) {
        if (since == null) {
            return Optional.empty();
        }
        String written = DayWords.read(since, asOf).map(reading -> {
            TypedWords.said(command.commandLine(), reading.how());
            return reading.day().toString();
        }).orElse(since);
        return Optional.of(Since.of(planDir, written, asOf));
    }

    /** The meeting asked for, else the last of the plan's meetings before {@code asOf}, if it has any. */
    Optional<Since> orLastMeeting(Path planDir, Plan plan, LocalDate asOf) {
        return given(planDir, asOf).or(() -> Since.lastMeeting(planDir, PlanHistory.meetings(planDir, plan.meetings(), null, asOf), asOf));
    }

    /** What each action's status was at the meeting {@code compared}, or none. */
    static Optional<Baseline> baseline(Plan plan, Optional<Since> compared) {
        return compared.map(s -> s.baseline(plan));
    }
}
