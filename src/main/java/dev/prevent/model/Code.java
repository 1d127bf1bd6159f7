package dev.prevent.model;

import java.util.Locale;

/**
 * The one rule for matching a plan's own codes (agency codes, status keys): case and surrounding spaces
 * never matter, so {@code colp} leads what {@code COLP} leads and {@code Red } is {@code red}.
 */
public final class Code {

    private Code() {
    }

    /** A code as codes are compared, for indexes by code. */
    public static String key(String written) {
        return written.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether two written codes are the same code; absent matches only absent. */
    public static boolean same(String a, String b) {
        return a == null || b == null ? a == b : key(a).equals(key(b));
    }
}
