package dev.prevent.returns;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * A test's way to a cell of an Excel form by its column's heading, as a partner finds it: a form shows only the columns
 * its actions fill, so a column's place differs from form to form.
 */
public final class FormCell {

    private FormCell() {
    }

    /** The cell of {@code row} under {@code heading} (made when empty); fails the test when the form has no such column. */
    public static Cell of(Row row, String heading) {
        Row headings = row.getSheet().getRow(ReturnForm.HEADING_ROW);
        for (Cell cell : headings) {
            if (heading.equals(cell.getStringCellValue())) {
                Cell found = row.getCell(cell.getColumnIndex());
                return found != null ? found : row.createCell(cell.getColumnIndex());
            }
        }
        throw new AssertionError("the form has no column '" + heading + "'");
    }
}
