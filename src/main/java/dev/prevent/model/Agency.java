package dev.prevent.model;

/**
 * A partner agency that may lead actions: its code as written in plan.yaml, its full name, and where it has one, the
 * email address of its contact, to whom progress requests go.
 */
public record Agency(String code, String name, String email) {

    public Agency(String code, String name) {
        this(code, name, null);
    }

    /** Whether {@code written} is this agency's code. */
    public boolean matches(String written) {
        return written != null && Code.same(code, written);
    }
}
