package dev.prevent.adopt;

import java.util.List;

/**
 * A table as a file gives it, before anything is known of plans: rows of cells in grid columns, with what
 * the file says of merging and shading. A CSV file, a Word table and an Excel sheet all read into one.
 *
 * @param name what the user calls the table in a message: {@code plan.docx table 2}, {@code tracker.xlsx}
 */
record Grid(String name, List<Row> rows) {

    /**
     * Where a row is, as the user finds it: its table ({@code plan.docx table 2}, {@code tracker.xlsx sheet 'Plan'},
     * {@code tracker.csv}) and its row number there, counted from 1.
     */
    record Place(String table, long row) {

        /** {@code plan.docx table 2 row 5}, as messages name a row. */
        @Override
        public String toString() {
            return table + " row " + row;
        }
    }

    /**
     * One row.
     *
     * @param where  the row as the user finds it
     * @param across whether the row is one cell merged across the table (an objective's or a theme's heading)
     */
    record Row(Place where, List<Cell> cells, boolean across) {

        /** The text of the cell in grid column {@code column}; empty past the row's end. */
        String text(int column) {
            return column < cells.size() ? cells.get(column).text() : "";
        }

        /** The text of the first cell that has any. */
        String firstText() {
            return cells.stream().map(Cell::text).filter(t -> !t.isBlank()).findFirst().orElse("");
        }

        boolean isEmpty() {
            return cells.stream().allMatch(c -> c.text().isBlank() && c.fill() == null);
        }
    }

    /**
     * One cell.
     *
     * @param text       its text: paragraphs as lines, bullets as {@code - } items, bold and italic as Markdown
     * @param fill       its shading as {@code #rrggbb}, or null
     * @param fromAbove  whether its text is that of a cell above merged down over this row
     */
    record Cell(String text, String fill, boolean fromAbove) {

        static Cell of(String text) {
            return new Cell(text, null, false);
        }
    }
}
