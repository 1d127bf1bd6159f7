package dev.prevent.words;

import dev.prevent.exit.UserError;
import dev.prevent.model.ColourName;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A status as a person types it: a key of the plan's scale, its label, the word for its colour
 * ({@code green} for a status shown in green, whatever its key), or its RAG letter ({@code G}), in any case.
 * The command line and import read statuses alike through here.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /**
     * How a typed word was read.
     *
     * @param status the status meant
     * @param how    null when the word is the status's key as written; else how it was read, to echo
     */
    public record Reading(Status status, String how) {
    }

    /**
     * The status meant.
     *
     * @throws UserError (exit 2) listing the scale, with a suggestion, when nothing on it is meant
     */
    public static Status resolve(Plan plan, String typed) {
        return read(plan, typed).status();
    }

    /**
     * The status meant, and how it was read when the word was not its key.
     *
     * @throws UserError (exit 2) listing the scale, with a suggestion, when nothing on it is meant
     */
    public static Reading read(Plan plan, String typed) {
        String word = typed.strip();
        Optional<Status> found = plan.statusNamed(word);
        if (found.isPresent()) {
            Status s = found.get();
            return new Reading(s, s.key().equals(word) ? null : "read '" + word + "' as " + s.key() + " (" + s.label() + ")");
        }
        Optional<Status> lettered = byLetter(plan, word);
        if (lettered.isPresent()) {
            Status s = lettered.get();
            return new Reading(s, "read '" + word + "' as " + s.key() + " (" + s.label() + ")");
        }
        List<String> words = new ArrayList<>();
        plan.statuses().forEach(s -> {
            words.add(s.key());
            words.add(s.label());
        });
        throw new UserError("'" + typed + "' is not a status of this plan" + DidYouMean.suggestion(word, words)
                + "; the scale is " + String.join(", ", plan.statuses().stream().map(s -> s.key() + " (" + s.label() + ")").toList())
                + " (by key, label, colour or RAG letter)");
    }

    /**
     * R, A, G, B: the one status shown in the colour the letter begins (A for amber), else the one whose key or
     * label begins with it. RAG letters are colour letters first: B is Blue before it is Behind.
     */
    public static Optional<Status> byLetter(Plan plan, String word) {
        if (!word.matches("(?i)[a-z]")) {
            return Optional.empty();
        }
        String letter = word.toLowerCase(Locale.ROOT);
        List<Status> byColour = plan.statuses().stream().filter(s -> ColourName.of(s.colour())
                .map(c -> c.toString().startsWith(letter) || letter.equals("a") && c.calledBy("amber")).orElse(false)).toList();
        if (byColour.size() == 1) {
            return Optional.of(byColour.get(0));
        }
        List<Status> byName = plan.statuses().stream().filter(s -> s.key().toLowerCase(Locale.ROOT).startsWith(letter)
                || s.label().toLowerCase(Locale.ROOT).startsWith(letter)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }
}
