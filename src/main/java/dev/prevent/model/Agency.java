package dev.prevent.model;

/** A partner agency that may lead actions: its code as written in plan.yaml and its full name. */
public record Agency(String code, String name) {

    /** Whether {@code written} is this agency's code. */
    public boolean matches(String written) {
        return written != null && Code.same(code, written);
    }
}
