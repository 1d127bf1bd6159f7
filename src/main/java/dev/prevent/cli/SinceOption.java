package dev.prevent.cli;

import dev.prevent.exit.UserError;
import dev.prevent.history.PastPlan;
import dev.prevent.history.PlanHistory;
import dev.prevent.model.IsoDate;
import dev.prevent.model.Plan;
import dev.prevent.query.Baseline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --since REF|DATE}: the last meeting, for each action's direction of travel (and the report's changes). */
final class SinceOption {

    @Option(names = "--since", paramLabel = "REF|DATE",
            description = "The last meeting: a git revision (a tag such as meeting-2015-09, main@{2015-09-01}) or a day "
                    + "YYYY-MM-DD, read from the plan's progress log. Adds each action's trend: better, worse, same or new.")
    String since;

    /** Whether the last meeting is a day (the progress log) rather than a git revision. */
    boolean isDay() {
        return since != null && IsoDate.looksLikeOne(since);
    }

    /** The plan at the revision, or null for a day or no --since. */
    PastPlan past(Path planDir, LocalDate asOf) {
        return since == null || isDay() ? null : PlanHistory.at(planDir, since, asOf);
    }

    /** What each action's status was then, or null without --since. */
    Baseline baseline(Plan plan, PastPlan past, LocalDate asOf) {
        if (since == null) {
            return null;
        }
        if (isDay()) {
            try {
                return Baseline.ofLog(plan, IsoDate.parse(since));
            } catch (IsoDate.NotADate e) {
                throw new UserError("--since '" + since + "' is not a real day: " + e.getMessage());
            }
        }
        return past.plan().map(then -> Baseline.of(since, then, asOf)).orElse(new Baseline(since, Map.of(), true));
    }
}
