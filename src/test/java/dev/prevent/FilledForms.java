package dev.prevent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A progress form as a partner's Excel returns it: opened, changed, saved in place; and its rows found by action id. */
public final class FilledForms {

    private FilledForms() {
    }

    /** Opens the workbook {@code form}, lets {@code change} fill it, and saves it over itself. */
    public static void edit(Path form, Consumer<XSSFWorkbook> change) {
        try {
            XSSFWorkbook workbook;
            try (InputStream in = Files.newInputStream(form)) {
                workbook = new XSSFWorkbook(in);
            }
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(form)) {
                workbook.write(out);
            }
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of action {@code id} (its first cell), which the test fails without. */
    public static Row row(Sheet sheet, String id) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && id.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }
}
