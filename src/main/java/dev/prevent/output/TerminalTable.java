package dev.prevent.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * Columns aligned for a terminal, long text cut with an ellipsis, a summary line below; cells with a
 * colour shown in it (24-bit) when colour is on, always with their word so nothing depends on colour.
 */
final class TerminalTable implements AnswerWriter {

    private final boolean colour;

    TerminalTable(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(Answer answer, PrintWriter out) {
        Table table = answer.table();
        if (!answer.isEmpty()) {
            List<Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = columns.get(c).name().length();
                for (List<Cell> row : table.rows()) {
                    widths[c] = Math.max(widths[c], length(fit(row.get(c).text(), columns.get(c))));
                }
            }
            StringBuilder heading = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                pad(heading, columns.get(c).name(), widths[c] - columns.get(c).name().length(), c == columns.size() - 1);
            }
            out.println(heading.toString().stripTrailing());
            for (List<Cell> row : table.rows()) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.get(c);
                    String text = fit(cell.text(), columns.get(c));
                    String shown = colour && cell.colour() != null && !text.isEmpty() ? TerminalColour.of(text, cell.colour()) : text;
                    pad(line, shown, widths[c] - length(text), c == columns.size() - 1);
                }
                out.println(line.toString().stripTrailing());
            }
        }
        out.println(Visible.text(answer.summary()));
    }

    private static String fit(String text, Column column) {
        String oneLine = Visible.line(text.replaceAll("\\s*\\R\\s*", " ").strip());
        int max = column.maxWidth();
        if (max > 0 && length(oneLine) > max) {
            return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
        }
        return oneLine;
    }

    /** Appends {@code shown} (the cell, maybe with colour escapes) and the spaces that its column still needs. */
    private static void pad(StringBuilder line, String shown, int spaces, boolean last) {
        line.append(shown);
        if (!last) {
            line.append(" ".repeat(spaces + 2));
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
