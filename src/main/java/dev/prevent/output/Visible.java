package dev.prevent.output;

import java.util.Locale;

/**
 * Text made safe to show on a terminal or in a log: every control character a plan may smuggle in
 * (C0 but tab and newline, DEL, C1, bidirectional overrides and isolates, the line and paragraph
 * separators, a byte-order mark, a lone surrogate) is shown as {@code <U+001B>}, never sent raw, so
 * nothing in a plan can move the cursor, clear the screen, retitle the window or forge a line.
 */
public final class Visible {

    private Visible() {
    }

    /** Whether a character is one that must never reach a terminal raw (tab and newline are not). */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029
                || c == 0xFEFF
                || c >= 0xD800 && c <= 0xDFFF;
    }

    /** The first control character in {@code text}, as an index, or -1. */
    public static int firstControl(String text) {
        // Every value of a national plan passes through here: printable ASCII, nearly all of it, is passed over
        // a char at a time, and only the rest is looked at as a code point (a valid surrogate pair is no control).
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text of several lines: newlines and tabs kept, every other control character shown. */
    public static String text(String text) {
        return show(text, false);
    }

    /** Text that must stay on one line (a diagnostic, a file name): newlines shown too. */
    public static String line(String text) {
        return show(text, true);
    }

    /** How a control character is shown: {@code <U+001B>}. */
    public static String shown(int c) {
        return String.format(Locale.ROOT, "<U+%04X>", c);
    }

    private static String show(String text, boolean oneLine) {
        if (text == null || firstControl(text) < 0 && !(oneLine && text.indexOf('\n') >= 0)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            shown.append(isControl(c) || oneLine && c == '\n' ? shown(c) : Character.toString(c));
            i += Character.charCount(c);
        }
        return shown.toString();
    }
}
