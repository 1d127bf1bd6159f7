package dev.prevent.output;

/** A unified diff for the terminal: added lines green, removed lines red, only when colour is on. */
public final class ColouredDiff {

    private ColouredDiff() {
    }

    /** The diff with its control characters shown and, with colour, its lines coloured. */
    public static String shown(String diff, boolean colour) {
        StringBuilder shown = new StringBuilder();
        for (String line : diff.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String visible = Visible.line(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            boolean file = line.startsWith("+++") || line.startsWith("---");
            shown.append(!colour || file ? visible : line.startsWith("+") ? TerminalColour.of(visible, "#00703c")
                    : line.startsWith("-") ? TerminalColour.of(visible, "#d4351c") : visible).append('\n');
        }
        return shown.toString();
    }
}
