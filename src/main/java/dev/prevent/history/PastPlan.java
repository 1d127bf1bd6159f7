package dev.prevent.history;

import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan as it was at a revision, committed on {@code day}. {@code validation} is absent when the plan folder did
 * not exist then; otherwise its plan is as far as it could be read, with its errors.
 */
public record PastPlan(String revision, String commit, LocalDate day, Optional<Validation> validation) {

    public Optional<Plan> plan() {
        return validation.map(Validation::plan);
    }
}
