package dev.prevent.history;

import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan as it was at a revision, of {@code day}: the day a meeting's tag names ({@code meeting-2026-12-17}), else the
 * day of its commit; {@code dayFrom} says which. {@code validation} is absent when the plan folder did not exist then;
 * otherwise its plan is as far as it could be read, with its errors, each action's status field dated by the
 * revision's own history.
 */
public record PastPlan(String revision, String commit, LocalDate day, Optional<Validation> validation, String dayFrom) {

    /** The day is the one the tag's name holds. */
    public static final String NAMED = "the day in its name";
    /** The day is the commit's. */
    public static final String COMMITTED = "the day of its commit";

    public PastPlan(String revision, String commit, LocalDate day, Optional<Validation> validation) {
        this(revision, commit, day, validation, COMMITTED);
    }

    public Optional<Plan> plan() {
        return validation.map(Validation::plan);
    }

    /** The revision and its day, as a paper says which day was used: "meeting-3 (17 December 2026, the day in its name)". */
    public String described() {
        return revision + " (" + dev.prevent.words.DayWords.inWords(day) + ", " + dayFrom + ")";
    }
}
