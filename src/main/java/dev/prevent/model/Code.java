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
        if (a == null || b == null) {
            return a == b;
        }
        // Asked for every action, often many times: codes as written are nearly always printable ASCII without
        // spaces, where ignoring case is what the key does, and nothing need be made.
        if (printableAscii(a) && printableAscii(b)) {
            return a.equalsIgnoreCase(b);
        }
        return key(a).equals(key(b));
    }

    private static boolean printableAscii(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
