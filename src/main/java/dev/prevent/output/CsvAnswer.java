package dev.prevent.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: a header row, then every field of each row, quoted where the text needs it. A cell that
 * a spreadsheet would take for a formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) gets a leading {@code '} unless the guard is off, as OWASP advises: the partner
 * who opens the file in Excel must not run what a plan's text says.
 */
final class CsvAnswer implements AnswerWriter {

    private final boolean formulaGuard;

    CsvAnswer(boolean formulaGuard) {
        this.formulaGuard = formulaGuard;
    }

    /** A cell as written: guarded when it would start a formula. */
    static String guarded(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void write(Answer answer, PrintWriter out) {
        Table table = answer.fields();
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(table.columns().stream().map(Column::name).toList());
            for (List<Cell> row : table.rows()) {
                csv.printRecord(row.stream().map(Cell::text).map(text -> formulaGuard ? guarded(text) : text).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
