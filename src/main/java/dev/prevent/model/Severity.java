package dev.prevent.model;

/** How much a diagnostic matters: errors make a plan unusable, warnings point at gaps. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
