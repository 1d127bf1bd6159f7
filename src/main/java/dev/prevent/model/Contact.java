package dev.prevent.model;

/**
 * Whom partners write to about the plan (plan.yaml's {@code contact}): the coordinator's name and email address, which
 * every draft email the tool makes is from and asks replies to go to. Either may be null.
 */
public record Contact(String name, String email) {
}
