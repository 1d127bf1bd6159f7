package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Update;
import dev.prevent.returns.FormCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms as partners' programs and hands return them: properties lost or of another type, a row copied, date cells
 * that are no day, a formula typed into a note, and thousands of rows answering one action. Each is read or refused
 * in plain words, never an internal error, and what is not used is listed.
 */
class HostileFormsTest {

    @TempDir
    Path dir;

    Path plan;
    Path form;

    @BeforeEach
    void aFormForAllPartners() {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path forms = dir.resolve("forms");
        Cli.Result request = Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString());
        assertThat(request.exit()).as(request.all()).isZero();
        form = forms.resolve("ALL progress return 2026-12-10.xlsx");
    }

    private void change(Consumer<XSSFWorkbook> change) {
        FilledForms.edit(form, change);
    }

    private static Row row(XSSFSheet sheet, String id) {
        return FilledForms.row(sheet, id);
    }

    private List<Update> log(String id) {
        return Validation.of(plan, LocalDate.now()).validPlan().actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow().updates();
    }

    @Test
    void aPropertyLostOrOfAnotherTypeIsNamedNotAnInternalError() throws Exception {
        change(workbook -> {
            // A form without its identity sheet (made before it was, or a program dropped it): its properties are read.
            workbook.removeSheetAt(workbook.getSheetIndex("prevent-form"));
            var properties = workbook.getProperties().getCustomProperties().getUnderlyingProperties();
            for (int i = properties.sizeOfPropertyArray() - 1; i >= 0; i--) {
                if (properties.getPropertyArray(i).getName().equals("prevent-requested")) {
                    properties.removeProperty(i);
                }
            }
            workbook.getProperties().getCustomProperties().addProperty("prevent-requested", 42);
        });

        Cli.Result returned = Cli.on(plan, "returns", form.toString());
        Cli.Result outstanding = Cli.on(plan, "returns", "--outstanding", form.getParent().toString());

        assertThat(returned.exit()).isEqualTo(2);
        assertThat(returned.err()).contains("has lost its property prevent-requested, or holds one that is not text")
                .doesNotContain("internal error", "Exception");
        assertThat(outstanding.exit()).as(outstanding.all()).isZero();
        assertThat(outstanding.out()).contains("not a form: ", "prevent-requested");

        change(workbook -> {
            var custom = workbook.getProperties().getCustomProperties();
            var properties = custom.getUnderlyingProperties();
            for (int i = properties.sizeOfPropertyArray() - 1; i >= 0; i--) {
                if (properties.getPropertyArray(i).getName().matches("prevent-(requested|meeting)")) {
                    properties.removeProperty(i);
                }
            }
            custom.addProperty("prevent-requested", "2026-12-01");
            custom.addProperty("prevent-meeting", "next Thursday");
        });
        Cli.Result notADay = Cli.on(plan, "returns", form.toString());
        assertThat(notADay.exit()).isEqualTo(2);
        assertThat(notADay.err()).contains("property prevent-meeting is 'next Thursday', which is not a day");
    }

    @Test
    void aCopiedRowIsOneAnswerTheLaterAndTheEarlierIsListed() throws Exception {
        change(workbook -> {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = row(sheet, "1.1");
            FormCell.of(first, "New status").setCellValue("Behind");
            FormCell.of(first, "Progress note").setCellValue("First try");
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < first.getLastCellNum(); c++) {
                copy.createCell(c).setCellValue(first.getCell(c) == null ? "" : first.getCell(c).toString());
            }
            FormCell.of(copy, "New status").setCellValue("On target");
            FormCell.of(copy, "Progress note").setCellValue("  Second thoughts  ");
        });

        Cli.Result result = Cli.on(plan, "returns", form.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("row 8: action 1.1 is answered again further down", "only the later answer is read");
        // The note as the partner wrote it, spaces and all, as update --note takes one.
        assertThat(log("1.1")).extracting(Update::note).contains("  Second thoughts  ").doesNotContain("First try");
    }

    @Test
    void dateCellsThatAreNoDayOrFarFromThePlansYearAreListedAndNotUsed() throws Exception {
        change(workbook -> {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var style = FormCell.of(row(sheet, "1.1"), "Date of update").getCellStyle();
            String[] ids = {"1.1", "1.2", "1.3"};
            double[] serials = {0, 1e300, 73051};
            for (int i = 0; i < ids.length; i++) {
                Row row = row(sheet, ids[i]);
                FormCell.of(row, "New status").setCellValue("On target");
                FormCell.of(row, "Date of update").setCellValue(serials[i]);
                FormCell.of(row, "Date of update").setCellStyle(style);
            }
        });

        Cli.Result result = Cli.on(plan, "returns", form.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("row 8: the date 'the number 0' is no day", "row 9: the date 'the number 1",
                "row 10: the date of action 1.3's answer, 1 January 2100, is more than a year outside the plan's year (2015/16)");
        for (String id : List.of("1.1", "1.2", "1.3")) {
            assertThat(log(id)).last().extracting(Update::date).isEqualTo(LocalDate.now());
        }
    }

    @Test
    void aFormulaTypedByAPartnerGivesTheValueItShowedAndIsListed() throws Exception {
        change(workbook -> {
            Row row = row(workbook.getSheetAt(0), "1.1");
            FormCell.of(row, "New status").setCellValue("On target");
            FormCell.of(row, "Progress note").setCellFormula("\"Met \"&\"twice\"");
            FormCell.of(row, "Progress note").setCellValue("Met twice");
        });

        Cli.Result result = Cli.on(plan, "returns", form.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("row 8: action 1.1's answer was typed as a formula; the value it showed is read");
        assertThat(log("1.1")).last().extracting(Update::note).isEqualTo("Met twice");
    }

    @Test
    void thousandsOfRowsAnsweringOneActionAreOneAnswer() throws Exception {
        change(workbook -> {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = row(sheet, "1.1");
            for (int i = 0; i < 4000; i++) {
                Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < first.getLastCellNum(); c++) {
                    copy.createCell(c).setCellValue(first.getCell(c) == null ? "" : first.getCell(c).toString());
                }
                FormCell.of(copy, "New status").setCellValue("On target");
                FormCell.of(copy, "Progress note").setCellValue("Note " + i);
            }
        });

        Cli.Result result = Cli.on(plan, "returns", form.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(log("1.1")).extracting(Update::note).contains("Note 3999").doesNotContain("Note 3998");
    }
}
