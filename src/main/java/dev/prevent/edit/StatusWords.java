package dev.prevent.edit;

import dev.prevent.exit.UserError;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A status as a person types it: a key of the plan's scale, its label, or the word for its colour
 * ({@code green} for a status shown in green, whatever its key), in any case.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /**
     * The status meant.
     *
     * @throws UserError (exit 2) listing the scale, with a suggestion, when nothing on it is meant
     */
    public static Status resolve(Plan plan, String typed) {
        String word = typed.strip();
        Optional<Status> found = plan.statusNamed(word);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> words = new ArrayList<>();
        plan.statuses().forEach(s -> {
            words.add(s.key());
            words.add(s.label());
        });
        throw new UserError("'" + typed + "' is not a status of this plan" + DidYouMean.suggestion(word, words)
                + "; the scale is " + String.join(", ", plan.statuses().stream().map(s -> s.key() + " (" + s.label() + ")").toList()));
    }
}
