package dev.prevent.model;

import java.util.Locale;

/** How much a diagnostic matters: errors make a plan unusable, warnings point at gaps. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
