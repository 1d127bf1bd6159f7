package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a group of actions stands on a day, counted in one pass: how many, how many at each step of the
 * plan's scale ({@code statuses}, in the scale's order, worst first), not yet assessed, and overdue.
 * The one count behind {@code prevent leads} and every figure of the report's summary.
 */
public record Tally(int actions, Map<String, Integer> statuses, int notAssessed, int overdue) {

    /**
     * How {@code actions} stood at a meeting, by what its revision said ({@code saw}: each status by id; an id not there
     * was not in the plan then and counts as not assessed). Overdue is not counted: a meeting's column shows statuses.
     */
    public static Tally seen(Collection<Action> actions, Plan plan, Map<String, String> saw) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        plan.statuses().forEach(status -> statuses.put(status.key(), 0));
        int notAssessed = 0;
        for (Action action : actions) {
            String status = saw.get(action.id());
            if (status == null) {
                notAssessed++;
            }
            plan.status(status).map(Status::key).ifPresent(key -> statuses.merge(key, 1, Integer::sum));
        }
        return new Tally(actions.size(), Collections.unmodifiableMap(statuses), notAssessed, 0);
    }

    public static Tally of(Collection<Action> actions, Plan plan, LocalDate asOf) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        plan.statuses().forEach(status -> statuses.put(status.key(), 0));
        int notAssessed = 0;
        int overdue = 0;
        for (Action action : actions) {
            String status = action.statusOn(asOf);
            if (status == null) {
                notAssessed++;
            }
            plan.status(status).map(Status::key).ifPresent(key -> statuses.merge(key, 1, Integer::sum));
            if (Overdue.on(asOf, action, plan)) {
                overdue++;
            }
        }
        return new Tally(actions.size(), Collections.unmodifiableMap(statuses), notAssessed, overdue);
    }
}
