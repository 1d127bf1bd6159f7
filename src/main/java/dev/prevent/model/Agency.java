package dev.prevent.model;

import java.util.Locale;

/** A partner agency that may lead actions: its code as written in plan.yaml and its full name. */
public record Agency(String code, String name) {

    /** Whether {@code written} is this agency's code. */
    public boolean matches(String written) {
        return written != null && key(code).equals(key(written));
    }

    /**
     * A code as codes are compared, for indexes by code: case and surrounding spaces do not matter
     * ({@code colp} leads what {@code COLP} leads).
     */
    public static String key(String written) {
        return written.strip().toUpperCase(Locale.ROOT);
    }
}
