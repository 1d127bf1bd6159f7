package dev.prevent.history;

import dev.prevent.load.PlanFolder;
import dev.prevent.model.Plan;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The plan with each action's {@code status} field dated by git ({@link dev.prevent.model.FieldHistory}): a field counts
 * from the day its revision was made, the commit's day or the day of a meeting whose tag already held that revision if
 * earlier; an uncommitted value counts from today. Git is read only when it can change an answer: for a day before
 * today, in a work tree whose HEAD holds the plan folder, along the first-parent line (the branch as it was kept), and
 * only as far back as the earliest day asked. The walk itself is {@link FieldWalk}, loaded only then.
 */
public final class DatedPlan {

    private DatedPlan() {
    }

    /**
     * The working tree's plan, dated: {@code plan} as read from {@code planDir}, with each action's field history from
     * HEAD back to the last commit before {@code earliest}; {@code plan} itself outside git, before its first commit, or
     * when {@code earliest} is today or later.
     */
    public static Plan of(Path planDir, Plan plan, LocalDate earliest, LocalDate today) {
        // As of today or later the field is the newest information there is (a value, committed or not, is of today or
        // before, and an update writes the field with its entry): git is read only for a day before today, and only in a
        // work tree, found without git's classes, so that a question about today starts fast.
        if (!earliest.isBefore(today) || (PlanFolder.repositoryTop(planDir).isEmpty() && System.getenv("GIT_DIR") == null)) {
            return plan;
        }
        return FieldWalk.of(planDir, plan, earliest, today);
    }

}
