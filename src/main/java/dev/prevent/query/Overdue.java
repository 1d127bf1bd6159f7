package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.time.LocalDate;

/** An action is overdue on a day when its due date is earlier and its status is not a closed one. */
public final class Overdue {

    private Overdue() {
    }

    public static boolean on(LocalDate asOf, Action action, Plan plan) {
        return action.overdueOn(asOf, plan);
    }
}
