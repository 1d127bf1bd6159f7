package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent import FILE.xlsx} of an Excel tracker as councils keep them, built here with POI: a title row
 * merged across above the headings, an objective row merged across, a lead merged down three rows, RAG by letter
 * and by fill alone, dates as Excel dates, money with thousands.
 */
class ExcelImportTest {

    @TempDir
    Path dir;

    Path tracker() throws IOException {
        Path file = dir.resolve("Prevent tracker.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
            XSSFSheet sheet = workbook.createSheet("Plan 2016");
            workbook.setSheetOrder("Plan 2016", 0);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("\"£\"#,##0"));
            row(sheet, 0, "City of London Prevent Tracker 2016/17");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            row(sheet, 2, "Ref", "ACTION", "LEAD", "SUCCESS CRITERIA", "BY WHEN", "RESOURCES", "RAG", "COMMENTS");
            row(sheet, 3, "Objective 4 - Communities");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 7));
            row(sheet, 4, "4.1", "Brief mosque committees", "COLC/COLP", "Every committee briefed", "", "", "G", "Booked");
            sheet.getRow(4).getCell(4).setCellValue(LocalDate.of(2017, 3, 31));
            sheet.getRow(4).getCell(4).setCellStyle(date);
            sheet.getRow(4).getCell(5).setCellValue(5000);
            sheet.getRow(4).getCell(5).setCellStyle(money);
            row(sheet, 5, "4.2", "Train supplementary school staff", "", "Staff trained\nFeedback gathered", "Q3 16/17",
                    "Staff time", "", "");
            shade(workbook, sheet.getRow(5).createCell(6), "FF0000");
            row(sheet, 6, "4.7", "Visit community centres", "", "Visits logged", "Mar-17", "", "A", "");
            sheet.addMergedRegion(new CellRangeAddress(4, 6, 2, 2));
            row(sheet, 7, "4.8", "Agree venue hire terms", "City of London Police & Probation", "", "TBC", "", "b", "");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    static void shade(XSSFWorkbook workbook, org.apache.poi.ss.usermodel.Cell cell, String rgb) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cell.setCellStyle(style);
    }

    @Test
    void aTrackerWithTitleMergedCellsFillsAndDatesBecomesAnObjective() throws IOException {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", tracker().toString());

        assertThat(result.exit()).as(result.all()).isZero();
        Path file = plans.resolve("objective-4-communities.yaml");
        assertThat(result.out()).isEqualTo("wrote " + file + " (4 actions)\n");
        Plan plan = WordImportTest.plan(plans);
        Map<String, Action> actions = plan.actions().filter(a -> a.id().startsWith("4."))
                .collect(Collectors.toMap(Action::id, Function.identity()));
        assertThat(plan.objectives()).filteredOn(o -> o.id().equals("4")).singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("Communities"))
                .satisfies(o -> assertThat(o.aim()).contains("under the title 'City of London Prevent Tracker 2016/17'"));
        // Ids as written in the Ref column: 4.7 stays 4.7.
        assertThat(actions.keySet()).containsExactlyInAnyOrder("4.1", "4.2", "4.7", "4.8");
        Action first = actions.get("4.1");
        assertThat(first.lead()).containsExactly("COLC", "COLP");
        assertThat(first.timescale().written()).isEqualTo("2017-03-31");
        assertThat(first.resources()).containsExactly("£5,000");
        assertThat(first.status()).isEqualTo("green");
        // The lead merged down over 4.2 and 4.7.
        assertThat(actions.get("4.2").lead()).containsExactly("COLC", "COLP");
        assertThat(actions.get("4.7").lead()).containsExactly("COLC", "COLP");
        assertThat(actions.get("4.2").successCriteria()).containsExactly("Staff trained", "Feedback gathered");
        assertThat(actions.get("4.2").timescale().written()).isEqualTo("Q3 2016/17");
        assertThat(actions.get("4.2").status()).isEqualTo("red");
        assertThat(actions.get("4.7").timescale().written()).isEqualTo("2017-03");
        // The shipped plan's scale has no amber: 'A' is kept as the log's note, not forced onto another status.
        assertThat(actions.get("4.7").status()).isNull();
        assertThat(actions.get("4.7").updates()).extracting(dev.prevent.model.Update::note).contains("A");
        assertThat(actions.get("4.8").lead()).containsExactly("COLP", "Probation");
        assertThat(actions.get("4.8").timescale()).isNull();
        assertThat(actions.get("4.8").notes()).contains("Time: TBC");
        assertThat(actions.get("4.8").status()).isEqualTo("blue");
        assertThat(result.err()).contains(
                "Prevent tracker.xlsx: read its first sheet, 'Plan 2016'; name another with --sheet NAME",
                "sheet 'Plan 2016' row 8: time 'TBC' is not known yet, so the action has no timescale",
                "7 values were guessed; check them in the new files:\n"
                + "  timescales read from dates and words (2):\n"
                + "    Prevent tracker.xlsx sheet 'Plan 2016' row 6: time 'Q3 16/17' read as Q3 2016/17\n"
                + "    Prevent tracker.xlsx sheet 'Plan 2016' row 7: time 'Mar-17' read as 2017-03 (due at the month's end)\n"
                + "  statuses read from words, letters and shading (3):\n"
                + "    Prevent tracker.xlsx sheet 'Plan 2016' row 5: progress 'G' read as green (On target)\n"
                + "    Prevent tracker.xlsx sheet 'Plan 2016' row 6: the progress cell is shaded red (#ff0000), read as red (Behind)\n"
                + "    Prevent tracker.xlsx sheet 'Plan 2016' row 8: progress 'b' read as blue (Ongoing)\n"
                + "  duty areas guessed from the action's words (2):\n");
        assertThat(result.err()).as("a lead by its full name is no guess").doesNotContain("'City of London Police' →");
    }

    @Test
    void sheetChoosesTheSheetAndAMissingOneListsThoseThereAre() throws IOException {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path tracker = tracker();

        Cli.Result missing = Cli.run("--plan", plans.toString(), "import", tracker.toString(), "--sheet", "Plan 2017");
        Cli.Result notes = Cli.run("--plan", plans.toString(), "import", tracker.toString(), "--sheet", "Notes");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("has no sheet 'Plan 2017'; its sheets are 'Plan 2016', 'Notes'");
        assertThat(notes.exit()).isEqualTo(2);
        assertThat(notes.err()).contains("has no column read as the action; its first row reads Read me first");
        try (var files = Files.list(plans)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("objective-4"));
        }
    }
}
