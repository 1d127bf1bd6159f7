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

    /** Opens the Word form {@code form}, lets {@code change} fill it, and saves it over itself. */
    public static void editWord(Path form, Consumer<org.apache.poi.xwpf.usermodel.XWPFDocument> change) {
        try {
            org.apache.poi.xwpf.usermodel.XWPFDocument document;
            try (InputStream in = Files.newInputStream(form)) {
                document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
            }
            change.accept(document);
            try (OutputStream out = Files.newOutputStream(form)) {
                document.write(out);
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content controls of a Word form tagged {@code tag}. */
    public static java.util.List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun> controls(
            org.apache.poi.xwpf.usermodel.XWPFDocument document, String tag) {
        java.util.List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun> found = new java.util.ArrayList<>();
        for (var table : document.getTables()) {
            for (var row : table.getRows()) {
                for (var cell : row.getTableCells()) {
                    for (var paragraph : cell.getParagraphs()) {
                        for (var sdt : paragraph.getCTP().getSdtList()) {
                            if (sdt.getSdtPr().isSetTag() && tag.equals(sdt.getSdtPr().getTag().getVal())) {
                                found.add(sdt);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** As Word does when a partner picks or types a value: the placeholder goes, the text is the answer. */
    public static void fill(org.apache.poi.xwpf.usermodel.XWPFDocument document, String tag, String value) {
        var found = controls(document, tag);
        if (found.isEmpty()) {
            throw new AssertionError("no control " + tag);
        }
        var sdt = found.get(0);
        if (sdt.getSdtPr().isSetShowingPlcHdr()) {
            sdt.getSdtPr().unsetShowingPlcHdr();
        }
        sdt.getSdtContent().getRArray(0).getTArray(0).setStringValue(value);
    }
}
