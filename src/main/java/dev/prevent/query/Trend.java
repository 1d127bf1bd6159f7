package dev.prevent.query;

import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.Locale;
import java.util.Optional;

/**
 * An action's direction of travel since the last meeting, by the plan's scale: worst first, so a later step is
 * better; a closed status is best; not assessed is below the worst (an assessment, whatever it says, is news).
 */
public enum Trend {
    BETTER("↑"), WORSE("↓"), SAME("→"), NEW("new");

    private final String arrow;

    Trend(String arrow) {
        this.arrow = arrow;
    }

    /** The sign a paper shows: ↑, ↓, →, or "new". */
    public String arrow() {
        return arrow;
    }

    /** From the status {@code before} to the status {@code now} (keys of {@code plan}'s scale, or null for not assessed). */
    public static Trend between(Plan plan, String before, String now) {
        int then = worth(plan, before);
        int today = worth(plan, now);
        return today > then ? BETTER : today < then ? WORSE : SAME;
    }

    private static int worth(Plan plan, String key) {
        Optional<Status> status = key == null ? Optional.empty() : plan.status(key);
        if (status.isEmpty()) {
            return -1;
        }
        return status.get().closed() ? Integer.MAX_VALUE : status.get().rank();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
