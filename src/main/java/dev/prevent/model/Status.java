package dev.prevent.model;

/**
 * One step of a plan's own progress key (e.g. Red = behind). {@code rank} 0 is the worst;
 * a closed status (e.g. complete) means the action can never be overdue.
 */
public record Status(String key, String label, String colour, boolean closed, int rank) {

    public boolean matches(String written) {
        return written != null && Code.same(key, written);
    }
}
