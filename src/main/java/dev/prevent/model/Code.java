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

    /** The longest a code may be: far past any real code (COLP, at-risk, partnership-group), short enough for a file name. */
    public static final int MAX_LENGTH = 64;

    private static final java.util.regex.Pattern CODE_CHARACTERS = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");
    private static final java.util.regex.Pattern WINDOWS_DEVICE = java.util.regex.Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /**
     * What is wrong with a code as a code (an agency, status, duty area, framework, item or risk), or empty: letters,
     * digits, {@code -}, {@code _} and {@code .}, at most {@value #MAX_LENGTH}; no {@code ..}, not starting with a dot or
     * a dash, and not a name Windows keeps for a device. A code becomes part of a file's name (a progress form), so it
     * can never climb out of a folder or name something else.
     */
    public static java.util.Optional<String> problem(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return java.util.Optional.of("is empty");
        }
        if (c.length() > MAX_LENGTH) {
            return java.util.Optional.of("is " + c.length() + " characters long; a code is at most " + MAX_LENGTH);
        }
        if (!CODE_CHARACTERS.matcher(c).matches()) {
            return java.util.Optional.of("holds characters a code may not: write it with letters, digits, '-', '_' and '.' only "
                    + "(the full name goes beside it)");
        }
        if (c.contains("..") || c.startsWith(".") || c.startsWith("-")) {
            return java.util.Optional.of("starts with '.' or '-', or holds '..'; start it with a letter or a digit");
        }
        if (WINDOWS_DEVICE.matcher(c).matches()) {
            return java.util.Optional.of("is a name Windows keeps for a device, which no file may have; choose another");
        }
        return java.util.Optional.empty();
    }

    /** A code as part of a file's name: itself when it is a good code, else its letters and digits, never a path. */
    public static String inFileName(String code) {
        String c = code == null ? "" : code.strip();
        if (problem(c).isEmpty()) {
            return c;
        }
        String safe = c.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[_-]+", "");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH);
        }
        return safe.isEmpty() || WINDOWS_DEVICE.matcher(safe).matches() ? "agency_" + safe : safe;
    }
}
