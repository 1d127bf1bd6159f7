package dev.prevent.edit;

import dev.prevent.exit.UserError;
import dev.prevent.model.Code;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Optional<Status> found = plan.status(word)
                .or(() -> plan.statuses().stream().filter(s -> s.label().equalsIgnoreCase(word)).findFirst())
                .or(() -> byColour(plan, word));
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

    /** The one status whose colour is called {@code word}; none when no status, or more than one, is. */
    private static Optional<Status> byColour(Plan plan, String word) {
        List<Status> named = plan.statuses().stream().filter(s -> s.colour() != null && Code.same(colourName(s.colour()), word)
                || "amber".equalsIgnoreCase(word) && s.colour() != null && "orange".equals(colourName(s.colour()))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The everyday name of a {@code #rrggbb} colour: red, orange, yellow, green, blue, purple, grey. */
    static String colourName(String hex) {
        int rgb = Integer.parseInt(hex.strip().substring(1), 16);
        float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, null);
        if (hsb[1] < 0.2f) {
            return "grey";
        }
        float degrees = hsb[0] * 360;
        String[] names = {"red", "orange", "yellow", "green", "blue", "purple", "red"};
        float[] upTo = {15, 45, 70, 170, 260, 330, 360};
        for (int i = 0; i < upTo.length; i++) {
            if (degrees < upTo[i]) {
                return names[i].toLowerCase(Locale.ROOT);
            }
        }
        return "red";
    }
}
