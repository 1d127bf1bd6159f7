package dev.prevent.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * One step of a plan's own progress key (e.g. Red = behind). {@code rank} 0 is the worst;
 * a closed status (e.g. complete) means the action can never be overdue.
 *
 * @param description the plan's own words for it ({@code behind}), or null
 */
public record Status(String key, String label, String description, String colour, boolean closed, int rank) {

    /**
     * The status in the plan's own words, as a RAG key line reads them: "Red – behind" for the key {@code red}
     * described as {@code behind}; a key that names no colour gives its label ("Off track – behind"). Its label
     * when it has no description.
     */
    public String wording() {
        if (description == null || description.isBlank()) {
            return label;
        }
        boolean colourKey = Arrays.stream(ColourName.values()).anyMatch(c -> c.calledBy(key));
        String name = colourKey ? key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1) : label;
        return name + " – " + description.strip();
    }

    public boolean matches(String written) {
        return written != null && Code.same(key, written);
    }
}
