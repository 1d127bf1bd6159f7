package dev.prevent.words;

import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The words councils write in a status column that are not the plan's own ({@code Completed}, {@code On track},
 * {@code Slipped}, {@code Not started}), read onto the plan's scale by what the scale says of itself: its labels and
 * descriptions, its colours and its {@code closed:} flag. Every such reading is a guess, for the user to check.
 */
public final class ProgressWords {

    /** What a word means, before it is a step of any scale. */
    private enum Meaning {
        CLOSED(List.of("complete", "completed", "closed"), null),
        ON_TARGET(List.of("on target", "on track"), "green"),
        AT_RISK(List.of("at risk"), "amber"),
        BEHIND(List.of("behind", "off track", "delayed"), "red"),
        NOT_STARTED(List.of("not started", "not yet started"), null);

        final List<String> said;
        final String colour;

        Meaning(List<String> said, String colour) {
            this.said = said;
            this.colour = colour;
        }
    }

    private static final Map<String, Meaning> WORDS = Map.ofEntries(
            Map.entry("completed", Meaning.CLOSED), Map.entry("complete", Meaning.CLOSED), Map.entry("done", Meaning.CLOSED),
            Map.entry("closed", Meaning.CLOSED), Map.entry("finished", Meaning.CLOSED), Map.entry("achieved", Meaning.CLOSED),
            Map.entry("on track", Meaning.ON_TARGET), Map.entry("on target", Meaning.ON_TARGET),
            Map.entry("good progress", Meaning.ON_TARGET),
            Map.entry("at risk", Meaning.AT_RISK), Map.entry("some slippage", Meaning.AT_RISK),
            Map.entry("off track", Meaning.BEHIND), Map.entry("delayed", Meaning.BEHIND), Map.entry("slipped", Meaning.BEHIND),
            Map.entry("behind", Meaning.BEHIND), Map.entry("behind schedule", Meaning.BEHIND),
            Map.entry("not started", Meaning.NOT_STARTED), Map.entry("not yet started", Meaning.NOT_STARTED),
            Map.entry("yet to start", Meaning.NOT_STARTED));

    /**
     * How a word was read.
     *
     * @param status the step of the scale, or null: not assessed (the scale has no step for "Not started")
     * @param guess  what was read, for the user to check
     */
    public record Reading(Status status, String guess) {
    }

    private ProgressWords() {
    }

    /** The reading of a word the scale does not have as a key or a label; empty when it is no status word known. */
    public static Optional<Reading> read(Plan plan, String written) {
        String word = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        Optional<Status> described = one(plan, s -> s.description() != null && s.description().strip().equalsIgnoreCase(word));
        if (described.isPresent()) {
            return Optional.of(new Reading(described.get(), "read as " + shown(described.get()) + ", the status described so"));
        }
        Meaning meaning = WORDS.get(word);
        if (meaning == null) {
            return Optional.empty();
        }
        Optional<Status> bySaying = one(plan, s -> meaning.said.stream().anyMatch(said -> says(s, said)));
        if (bySaying.isPresent()) {
            return Optional.of(new Reading(bySaying.get(), "read as " + shown(bySaying.get())));
        }
        if (meaning == Meaning.CLOSED) {
            Optional<Status> closed = one(plan, Status::closed);
            if (closed.isPresent()) {
                return Optional.of(new Reading(closed.get(), "read as " + shown(closed.get()) + ", the plan's closed status"));
            }
        }
        if (meaning.colour != null) {
            Optional<Status> coloured = plan.statusNamed(meaning.colour);
            if (coloured.isPresent()) {
                return Optional.of(new Reading(coloured.get(), "read as " + shown(coloured.get()) + ", the status shown in "
                        + meaning.colour));
            }
        }
        if (meaning == Meaning.NOT_STARTED) {
            return Optional.of(new Reading(null, "read as not assessed (no status of the plan's scale says not started); "
                    + "the word is kept as what the log says"));
        }
        return Optional.empty();
    }

    private static boolean says(Status status, String words) {
        return status.label().toLowerCase(Locale.ROOT).contains(words)
                || status.description() != null && status.description().toLowerCase(Locale.ROOT).contains(words)
                || status.key().toLowerCase(Locale.ROOT).replace('-', ' ').equals(words);
    }

    private static Optional<Status> one(Plan plan, Predicate<Status> test) {
        List<Status> found = plan.statuses().stream().filter(test).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String shown(Status status) {
        return status.key() + " (" + status.label() + ")";
    }
}
