package dev.prevent.adopt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One action's cells as a table gives them, gathered from its row and any rows below that continue it.
 *
 * @param where the row as the user finds it ({@code plan.docx table 1 row 4})
 * @param theme the theme heading above it, or null
 * @param fills the shading of its cells, {@code #rrggbb}, where they have one
 * @param extra the text of columns that are not columns of the plan, by heading
 * @param headings each column's heading as the table writes it
 */
record SheetRow(Grid.Place where, String theme, Map<SheetHeading, StringBuilder> cells, Map<SheetHeading, String> fills,
        Map<String, StringBuilder> extra, Map<SheetHeading, String> headings) {

    SheetRow(Grid.Place where, String theme) {
        this(where, theme, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** The heading of a column as written ({@code Prevent duty guidance}), or null when the table has none. */
    String headingOf(SheetHeading column) {
        return headings.get(column);
    }

    /** A cell's text, stripped; empty when the table has no such column. */
    String cell(SheetHeading heading) {
        StringBuilder cell = cells.get(heading);
        return cell == null ? "" : cell.toString().strip();
    }

    /** Appends a line of text to a cell, as a continuation row does. */
    static void append(StringBuilder cell, String text) {
        if (!text.isEmpty()) {
            cell.append(cell.length() == 0 ? "" : "\n").append(text);
        }
    }
}
