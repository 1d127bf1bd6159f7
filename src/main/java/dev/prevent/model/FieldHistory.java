package dev.prevent.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plan's history says of one action's {@code status} field: each value it held, oldest first, with the day it
 * counts from (the day of the revision that wrote it: its commit's day, or the day of a meeting whose tag already held
 * it, if earlier; an uncommitted value counts from today), and the day the action entered the plan, where the history
 * shows one. Read from git by the history package; {@link #NONE} outside git, where the field counts from the day of
 * the newest update of the log, as it always has.
 *
 * @param added  the day the action entered a plan that was already in git, or null when it was there as far back as the
 *               history was read
 * @param began  the day the plan folder was first committed, or null when the history was not read that far back:
 *               before it, git knows nothing, and the first value known holds (a plan committed late answers for its
 *               whole year), whenever each action entered it
 * @param values the field's values, oldest first; a null status is a revision where the field was not written
 */
public record FieldHistory(LocalDate added, LocalDate began, List<Value> values) {

    /** No history: a plan outside git, or one whose folder was never committed. */
    public static final FieldHistory NONE = new FieldHistory(null, null, List.of());

    /** One value of the field, and the day from which it counts. */
    public record Value(LocalDate from, String status) {

        /** Whether the revision wrote a status (a field left out, or blank, says only that none was written). */
        public boolean written() {
            return status != null && !status.isBlank();
        }
    }

    public FieldHistory {
        values = List.copyOf(values);
    }

    /** Whether the history knows anything of the field: false outside git. */
    public boolean known() {
        return !values.isEmpty() || added != null;
    }

    /** Whether git shows the action was not yet in the plan on {@code day}: the plan was in git then, without it. */
    public boolean absentOn(LocalDate day) {
        return added != null && day.isBefore(added) && (began == null || !day.isBefore(began));
    }

    /** A history built newest first, as git is walked. */
    public static final class Builder {
        private final List<Value> newestFirst = new ArrayList<>();
        private LocalDate added;
        private LocalDate began;

        /** The field held {@code status} from {@code from} on (until the value added before this one). */
        public Builder value(LocalDate from, String status) {
            newestFirst.add(new Value(from, status));
            return this;
        }

        /** The action entered the plan on {@code day}. */
        public Builder added(LocalDate day) {
            this.added = day;
            return this;
        }

        /** The plan folder was first committed on {@code day}. */
        public Builder began(LocalDate day) {
            this.began = day;
            return this;
        }

        public FieldHistory build() {
            List<Value> oldestFirst = new ArrayList<>(newestFirst);
            java.util.Collections.reverse(oldestFirst);
            return new FieldHistory(added, began, oldestFirst);
        }
    }
}
