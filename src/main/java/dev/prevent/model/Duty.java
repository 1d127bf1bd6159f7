package dev.prevent.model;

/**
 * An area the plan must cover to discharge the Prevent duty (a multi-agency partnership group, a Channel
 * panel, a training programme...), as plan.yaml's {@code duties:} declares it: a key actions name, and words.
 *
 * @param description one line saying what the area asks for, or null
 */
public record Duty(String key, String name, String description) {

    /** Whether {@code written} is this area's key, by the rule for codes. */
    public boolean matches(String written) {
        return written != null && Code.same(key, written);
    }
}
