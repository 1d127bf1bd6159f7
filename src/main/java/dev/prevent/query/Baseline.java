package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each action's status was at the last meeting, to tell its direction of travel: what the meeting's revision
 * says on its day where the meeting is a git revision, else the status on the day by today's plan (the one rule,
 * {@link Action#statusOn} either way), so the "at the meeting" counts agree with the year's table.
 *
 * @param since    the meeting, as shown
 * @param day      the day it was held (or the day given to --since)
 * @param statuses each action's status key then, by id (null: not assessed)
 * @param idsThen  the ids of the plan as it was then, when it was read from a git revision: an action not among
 *                 them is new; without them no action is known to be new
 */
public record Baseline(String since, LocalDate day, Map<String, String> statuses, Optional<Set<String>> idsThen) {

    /**
     * The statuses of {@code plan}'s actions on {@code day}.
     *
     * @param idsThen the ids of the plan as it was at the meeting (from git), or empty
     */
    public static Baseline on(String since, Plan plan, LocalDate day, Optional<Set<String>> idsThen) {
        Map<String, String> statuses = new HashMap<>();
        plan.actions().forEach(a -> statuses.put(a.id(), a.statusOn(day)));
        return new Baseline(since, day, statuses, idsThen);
    }

    /**
     * What a meeting saw, read from its revision: each action's status then by id ({@code null}: not assessed), and the
     * ids the plan had then.
     */
    public static Baseline seen(String since, LocalDate day, Map<String, String> statuses, Set<String> idsThen) {
        return new Baseline(since, day, new HashMap<>(statuses), Optional.of(Set.copyOf(idsThen)));
    }

    /** Whether the action was in the plan then. */
    public boolean had(Action action) {
        return idsThen.map(ids -> ids.contains(action.id())).orElse(true);
    }

    /** The action's status key then (null: not assessed then). */
    public String statusOf(Action action) {
        return statuses.get(action.id());
    }

    /** The action's direction of travel from then to {@code asOf}. */
    public Trend trendOf(Plan plan, Action action, LocalDate asOf) {
        return had(action) ? Trend.between(plan, statusOf(action), action.statusOn(asOf)) : Trend.NEW;
    }
}
