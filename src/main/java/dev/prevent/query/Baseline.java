package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What each action's status was at the last meeting, to tell its direction of travel: read from the plan as it
 * was at a git revision, or, for a day, from the plan's own progress log.
 *
 * @param since    the revision or day, as the user gave it
 * @param statuses each action's status key then, by id (null: not assessed)
 * @param knowsNew whether an action missing from {@code statuses} is new (true for a past plan; a log knows no
 *                 action that was not yet written)
 */
public record Baseline(String since, Map<String, String> statuses, boolean knowsNew) {

    /** The statuses of the plan as it was ({@code past}: read from a git revision), on the day {@code then}. */
    public static Baseline of(String since, Plan past, LocalDate then) {
        Map<String, String> statuses = new HashMap<>();
        past.actions().forEach(a -> statuses.put(a.id(), a.statusOn(then)));
        return new Baseline(since, statuses, true);
    }

    /** The statuses on {@code day} by the plan's own progress log. */
    public static Baseline ofLog(Plan plan, LocalDate day) {
        Map<String, String> statuses = new HashMap<>();
        plan.actions().forEach(a -> statuses.put(a.id(), a.statusOn(day)));
        return new Baseline(day.toString(), statuses, false);
    }

    /** Whether the action was in the plan then. */
    public boolean had(Action action) {
        return !knowsNew || statuses.containsKey(action.id());
    }

    /** The action's status key then, or null (not assessed, or new). */
    public String statusOf(Action action) {
        return statuses.get(action.id());
    }

    /** The action's direction of travel from then to {@code asOf}. */
    public Trend trendOf(Plan plan, Action action, LocalDate asOf) {
        return had(action) ? Trend.between(plan, statusOf(action), action.statusOn(asOf)) : Trend.NEW;
    }
}
