package dev.prevent.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV: a header row, then every field of each row, quoted where the text needs it. */
final class CsvAnswer implements AnswerWriter {

    @Override
    public void write(Answer answer, PrintWriter out) {
        Table table = answer.fields();
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(table.columns().stream().map(Column::name).toList());
            for (List<Cell> row : table.rows()) {
                csv.printRecord(row.stream().map(Cell::text).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
