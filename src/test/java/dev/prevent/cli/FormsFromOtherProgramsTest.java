package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.returns.FormCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled form as programs other than Excel and Word save it: its custom properties cleared (openpyxl), its cells
 * written one by one into a new workbook (a script, Google Sheets), only its visible sheet kept, a Word form whose
 * content controls lost their tags (LibreOffice Writer) or were replaced by plain text. Each is read back to the answers
 * the form as filled gives; where what says which form it is had to be guessed, the guess is listed.
 */
class FormsFromOtherProgramsTest {

    @TempDir
    Path dir;

    Path forms;
    Path xlsx;
    Path docx;

    @BeforeEach
    void formsForAllPartnersFilledAsAPartnerWould() {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        forms = dir.resolve("forms");
        assertThat(Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString()).exit()).isZero();
        assertThat(Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString(), "--format", "docx")
                .exit()).isZero();
        xlsx = forms.resolve("ALL progress return 2026-12-10.xlsx");
        docx = forms.resolve("ALL progress return 2026-12-10.docx");
        FilledForms.edit(xlsx, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Progress");
            FormCell.of(FilledForms.row(sheet, "1.1"), "New status").setCellValue("On target");
            FormCell.of(FilledForms.row(sheet, "1.1"), "Progress note").setCellValue("Met the faith forum\nNext: the open day");
            FormCell.of(FilledForms.row(sheet, "1.2"), "New status").setCellValue("Behind");
            FormCell.of(FilledForms.row(sheet, "1.2"), "Date of update").setCellValue("01/12/2026");
        });
        FilledForms.editWord(docx, document -> {
            FilledForms.fill(document, "prevent-status:1.1", "On target");
            FilledForms.fill(document, "prevent-note:1.1", "Met the faith forum");
            FilledForms.fill(document, "prevent-status:1.2", "Behind");
            FilledForms.fill(document, "prevent-date:1.2", "01/12/2026");
        });
    }

    /** The plan's objective-1 file after {@code returns} reads {@code form} into a fresh copy of the shipped plan. */
    private String read(Path form, String name, List<String> said) throws IOException {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plan-" + name));
        Cli.Result result = Cli.on(plan, "returns", form.toString());
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).as(result.all()).contains(said);
        return Files.readString(plan.resolve("objective-1-ideologies.yaml"));
    }

    @Test
    void aWorkbookWhoseCustomPropertiesWereClearedIsReadFromItsIdentityCells() throws IOException {
        String expected = read(xlsx, "as-filled", List.of("from All partners (ALL)"));
        assertThat(expected).contains("Met the faith forum");
        FilledForms.edit(xlsx, workbook -> {
            var properties = workbook.getProperties().getCustomProperties().getUnderlyingProperties();
            while (properties.sizeOfPropertyArray() > 0) {
                properties.removeProperty(0);
            }
        });

        assertThat(read(xlsx, "cleared", List.of("from All partners (ALL)"))).isEqualTo(expected);
    }

    @Test
    void aWorkbookWrittenCellByCellFromAnothersValuesIsReadAsTheFormItCameFrom() throws IOException {
        String expected = read(xlsx, "as-filled", List.of("from All partners (ALL)"));
        Path copy = dir.resolve("copied").resolve(xlsx.getFileName().toString());
        copyValues(xlsx, copy, true);

        assertThat(read(copy, "copied", List.of("from All partners (ALL)"))).isEqualTo(expected);
    }

    @Test
    void aWorkbookThatKeptOnlyItsVisibleSheetIsReadAsTheAgencyItsFirstLineNamesAndTheGuessIsListed() throws IOException {
        String expected = read(xlsx, "as-filled", List.of("from All partners (ALL)"));
        Path copy = dir.resolve("visible").resolve("reply from a partner.xlsx");
        copyValues(xlsx, copy, false);

        String guessed = read(copy, "visible", List.of("read as ALL's return, as its first line says",
                "for the meeting on 10 December 2026, as its second line says", "check the answers"));

        assertThat(guessed).isEqualTo(expected);
    }

    @Test
    void aWorkbookWithNothingToSayWhoseItIsIsRefusedWithAWayOn() throws IOException {
        Path copy = dir.resolve("bare").resolve("reply.xlsx");
        copyValues(xlsx, copy, false);
        FilledForms.edit(copy, workbook -> {
            workbook.getSheet("Progress").getRow(0).getCell(0).setCellValue("Our return");
        });
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plan-bare"));

        Cli.Result result = Cli.on(plan, "returns", copy.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("neither its first line nor its name says which agency it is from",
                "rename it to begin with the agency's code");
        Path renamed = Files.move(copy, copy.resolveSibling("ALL reply.xlsx"));
        Cli.Result again = Cli.on(plan, "returns", renamed.toString());
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("read as ALL's return, as its file's name says");
    }

    @Test
    void aWordFormWhoseControlsLostTheirTagsIsReadByItsCells() throws IOException {
        String expected = read(docx, "as-filled", List.of("from All partners (ALL)"));
        // As LibreOffice Writer saves a form: the content controls stay, their tags do not.
        FilledForms.editWord(docx, document -> document.getTables().get(0).getRows().forEach(row -> row.getTableCells()
                .forEach(cell -> cell.getParagraphs().forEach(p -> p.getCTP().getSdtList().forEach(sdt -> sdt.getSdtPr().unsetTag())))));

        assertThat(read(docx, "untagged", List.of("from All partners (ALL)"))).isEqualTo(expected);
    }

    @Test
    void aWordFormWhoseAnswersAreTypedOverItsControlsIsReadByItsCells() throws IOException {
        Path word = dir.resolve("typed").resolve(docx.getFileName().toString());
        Files.createDirectories(word.getParent());
        Files.copy(docx, word);
        String expected = read(docx, "as-filled", List.of("from All partners (ALL)"));
        FilledForms.editWord(word, document -> {
            var table = document.getTables().get(0);
            List<String> headings = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
            for (var row : table.getRows().subList(1, table.getRows().size())) {
                for (var cell : row.getTableCells().subList(headings.indexOf("New status"), headings.size())) {
                    String shown = cell.getText();
                    while (!cell.getParagraphs().isEmpty()) {
                        cell.removeParagraph(0);
                    }
                    // What the partner sees is kept as plain text: the control itself is gone.
                    cell.addParagraph().createRun().setText(shown);
                }
            }
        });

        assertThat(read(word, "typed", List.of("from All partners (ALL)"))).isEqualTo(expected);
    }

    /**
     * A new workbook holding {@code form}'s values, cell by cell (dates as dates), with no properties; every sheet, or
     * only the visible one, as a program that keeps no hidden sheets would.
     */
    static void copyValues(Path form, Path copy, boolean everySheet) throws IOException {
        Files.createDirectories(copy.getParent());
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook from = new XSSFWorkbook(in);
             XSSFWorkbook to = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(copy)) {
            var dates = to.createCellStyle();
            dates.setDataFormat(to.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int s = 0; s < from.getNumberOfSheets(); s++) {
                if (!everySheet && from.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                    continue;
                }
                XSSFSheet sheet = to.createSheet(from.getSheetName(s));
                for (Row row : from.getSheetAt(s)) {
                    Row written = sheet.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell value = written.createCell(cell.getColumnIndex());
                        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            value.setCellValue(cell.getLocalDateTimeCellValue());
                            value.setCellStyle(dates);
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            value.setCellValue(cell.getNumericCellValue());
                        } else if (cell.getCellType() != CellType.BLANK) {
                            value.setCellValue(cell.toString());
                        }
                    }
                }
                to.setSheetVisibility(to.getSheetIndex(sheet), from.getSheetVisibility(s));
            }
            to.write(out);
        }
    }
}
