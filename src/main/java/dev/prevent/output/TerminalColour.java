package dev.prevent.output;

/**
 * The one way the tool colours text for a terminal: ANSI escapes around a word that is always printed,
 * so nothing depends on colour. Whether to colour at all (a terminal, no NO_COLOR) is the caller's call.
 */
public final class TerminalColour {

    private static final String RESET = "\u001b[0m";

    private TerminalColour() {
    }

    /** Bold red, for an error. */
    public static String error(String word) {
        return "\u001b[1;31m" + word + RESET;
    }

    /** Bold yellow, for a warning. */
    public static String warning(String word) {
        return "\u001b[1;33m" + word + RESET;
    }

    /** Bold, in a plan's own {@code #rrggbb} colour (24-bit). */
    public static String of(String word, String hex) {
        int rgb = Integer.parseInt(hex.strip().substring(1), 16);
        return "\u001b[1;38;2;" + (rgb >> 16) + ";" + ((rgb >> 8) & 0xff) + ";" + (rgb & 0xff) + "m" + word + RESET;
    }
}
