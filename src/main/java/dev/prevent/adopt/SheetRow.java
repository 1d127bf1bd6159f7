package dev.prevent.adopt;

import java.util.Map;

/**
 * One action's cells as a spreadsheet gives them, gathered from its row and any rows below that continue it.
 *
 * @param line  the row's number as the spreadsheet shows it (the headings are row 1)
 * @param extra the text of columns that are not columns of the plan, by heading
 */
record SheetRow(long line, Map<SheetHeading, StringBuilder> cells, Map<String, StringBuilder> extra) {

    /** A cell's text, stripped; empty when the sheet has no such column. */
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
