package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel form as a partner sees it, read back with POI: the title large and bold, grey headings over the facts and
 * yellow ones over the three cells to fill, only those cells unlocked, each row tall enough for its longest cell (and
 * never taller than twenty lines), a drop-down that explains itself, the ids and titles frozen in view, and a page
 * that prints landscape, one page wide. The plan is the shipped one with a log on action 1.1 and actions of known
 * lengths added; the form is made for each test, as mutation testing credits a test only with what its own run reaches.
 */
class ExcelFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    Plan plan;
    List<Action> led;
    XSSFWorkbook form;
    XSSFSheet sheet;

    @BeforeEach
    void theFormForAllPartners() throws IOException {
        Path copy = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path objective = copy.resolve("objective-1-ideologies.yaml");
        String text = Files.readString(objective, StandardCharsets.UTF_8);
        text = text.replace("    title: Community groups\n", "    title: Community groups\n    updates:\n      - date: 2026-12-05\n"
                + "        status: red\n        note: Venue refused\n"
                // Where an entry came from is no progress: the form shows the newest entry that says what happened.
                + "      - date: 2026-12-06\n        status: red\n        note: Status as imported from plan.docx table 1 row 3\n");
        // 180 characters in the Action column (46 wide): five lines at 95% of its width; 2,000: more than twenty.
        text = text + "\n  - id: \"1.7\"\n    title: Long\n    action: " + "a".repeat(180) + "\n    lead: [ALL]\n    timescale: 2026/27\n"
                + "\n  - id: \"1.8\"\n    title: Longest\n    action: " + "a".repeat(2000) + "\n    lead: [ALL]\n    timescale: 2026/27\n";
        Files.writeString(objective, text, StandardCharsets.UTF_8);
        plan = Validation.of(copy, TODAY).validPlan();
        Agency all = plan.agency("ALL").orElseThrow();
        led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
        form = new XSSFWorkbook(new ByteArrayInputStream(
                ProgressRequest.workbook(plan, all, led, TODAY.plusDays(3), TODAY.plusDays(1), TODAY, "prevent@example.gov.uk")));
        sheet = form.getSheet(ReturnForm.SHEET);
    }

    @Test
    void theTitleIsLargeAndBoldAndTheInstructionsPlain() {
        XSSFCellStyle title = sheet.getRow(0).getCell(0).getCellStyle();
        assertThat(title.getFont().getBold()).isTrue();
        assertThat(title.getFont().getFontHeightInPoints()).isEqualTo((short) 14);
        for (int r = 1; r < 4; r++) {
            assertThat(sheet.getRow(r).getCell(0).getCellStyle().getFont().getBold()).as("line %d", r).isFalse();
        }
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("For the working group meeting on 10 December 2026");
        // The file's own title, as Excel and Explorer show it, and who made it.
        assertThat(form.getProperties().getCoreProperties().getTitle()).isEqualTo("Progress return: All partners, " + plan.title());
        assertThat(form.getProperties().getCoreProperties().getCreator()).isEqualTo("prevent");
    }

    @Test
    void theFactsHaveGreyHeadingsAndTheCellsToFillYellowOnesAndOnlyTheyAreUnlocked() {
        XSSFRow headings = sheet.getRow(ReturnForm.HEADING_ROW);
        for (int c = 0; c < ReturnForm.HEADINGS.size(); c++) {
            XSSFCellStyle style = headings.getCell(c).getCellStyle();
            assertThat(headings.getCell(c).getStringCellValue()).isEqualTo(ReturnForm.HEADINGS.get(c));
            assertThat(style.getFont().getBold()).isTrue();
            assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(yellow(style)).as("heading %d", c).isEqualTo(c >= ReturnForm.NEW_STATUS);
        }
        XSSFRow first = sheet.getRow(ReturnForm.HEADING_ROW + 1);
        for (int c = 0; c < ReturnForm.NEW_STATUS; c++) {
            assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            assertThat(yellow(first.getCell(c).getCellStyle())).isFalse();
            assertThat(first.getCell(c).getCellStyle().getWrapText()).isTrue();
        }
        for (int c : new int[] {ReturnForm.NEW_STATUS, ReturnForm.NOTE, ReturnForm.DATE}) {
            assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isFalse();
            assertThat(yellow(first.getCell(c).getCellStyle())).isTrue();
        }
        assertThat(first.getCell(ReturnForm.DATE).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        // Every cell of the table boxed, its text from the top.
        for (XSSFRow row : List.of(headings, first)) {
            for (int c = 0; c < ReturnForm.HEADINGS.size(); c++) {
                XSSFCellStyle style = row.getCell(c).getCellStyle();
                assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()))
                        .as("row %d column %d", row.getRowNum(), c).containsOnly(org.apache.poi.ss.usermodel.BorderStyle.THIN);
                assertThat(style.getVerticalAlignment()).isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            }
        }
        assertThat(first.getCell(ReturnForm.NOTE).getCellStyle().getWrapText()).as("a note of several lines").isTrue();
        assertThat(headings.getCell(ReturnForm.NOTE).getCellStyle().getWrapText()).isTrue();
        assertThat(headings.getCell(0).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getProtect()).isTrue();
    }

    @Test
    void eachActionsFactsAreWrittenOutItsNewestRealUpdateWithThem() {
        XSSFRow first = sheet.getRow(ReturnForm.HEADING_ROW + 1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.1");
        assertThat(first.getCell(2).getStringCellValue()).startsWith("Consult and work with Community Groups to raise awareness");
        assertThat(first.getCell(7).getStringCellValue()).isEqualTo("5 December 2026");
        assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Venue refused");
        XSSFRow second = sheet.getRow(ReturnForm.HEADING_ROW + 2);
        assertThat(second.getCell(7).getStringCellValue()).as("no update yet").isEmpty();
        assertThat(second.getCell(8).getStringCellValue()).isEmpty();
    }

    @Test
    void aRowIsTallEnoughForItsLongestCellAndNoTallerThanTwentyLines() {
        // Fifteen points a line: three at least, room to write a note.
        assertThat(row("1.5").getHeightInPoints()).as("a row of a few lines").isGreaterThanOrEqualTo(45f);
        assertThat(row("1.7").getHeightInPoints()).as("180 characters in a column of 46").isEqualTo(75f);
        assertThat(row("1.8").getHeightInPoints()).as("2,000 characters").isEqualTo(300f);
        Action criteria = led.stream().filter(a -> a.id().equals("1.2")).findFirst().orElseThrow();
        assertThat(row("1.2").getHeightInPoints()).as("a criterion a line at least").isGreaterThanOrEqualTo(15f * criteria.successCriteria().size());
    }

    @Test
    void theDropDownSaysWhatToChooseAndRefusesAnythingElse() {
        var validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        var validation = validations.get(0);
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getErrorBoxTitle()).isEqualTo("Choose a status");
        assertThat(validation.getErrorBoxText()).isEqualTo("Choose one of the plan's statuses from the list.");
        assertThat(validation.getShowPromptBox()).isTrue();
        assertThat(validation.getPromptBoxTitle()).isEqualTo("New status");
        assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("'Statuses'!$A$1:$A$3");
        assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("J8:J" + (ReturnForm.HEADING_ROW + led.size() + 1));
    }

    @Test
    void theActionAndTheNotesAreWideTheIdsNarrowTheFactsFrozenInViewAndThePagePrintsOneWide() {
        assertThat(sheet.getColumnWidth(0)).isEqualTo(7 * 256);
        assertThat(sheet.getColumnWidth(2)).isEqualTo(46 * 256);
        assertThat(sheet.getColumnWidth(ReturnForm.NOTE)).isEqualTo(46 * 256);
        assertThat(sheet.getColumnWidth(ReturnForm.DATE)).isEqualTo(14 * 256);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (ReturnForm.HEADING_ROW + 1));
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(form.getActiveSheetIndex()).isZero();
    }

    @Test
    void aFormForAnAgencyThePlanDoesNotHaveIsRefusedNamingTheAgencies() {
        assertThatThrownBy(() -> ProgressRequest.of(plan, List.of("NOPE"), TODAY.plusDays(3), TODAY.plusDays(1), TODAY, "the coordinator",
                FormFormat.XLSX)).isInstanceOf(UserError.class).hasMessageStartingWith("no agency 'NOPE' in this plan; the agencies are ALL, COLC");
    }

    /** Without --meeting, the next meeting plan.yaml lists after today (not one past, not a later one); with none, in 14 days. */
    @Test
    void theMeetingByDefaultIsTheNextListedOneAfterToday() throws IOException {
        Path copy = dir.resolve("plans");
        Files.writeString(copy.resolve("plan.yaml"), Files.readString(copy.resolve("plan.yaml"), StandardCharsets.UTF_8)
                + "meetings: [2026-11-20, 2027-03-10, 2026-12-14, 2026-12-07]\n", StandardCharsets.UTF_8);
        Plan listed = Validation.of(copy, TODAY).validPlan();

        var schedule = ProgressRequest.Schedule.of(listed, null, null, null, TODAY);

        assertThat(schedule.meeting()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(schedule.due()).as("a week before would be today: the meeting's day").isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(ProgressRequest.Schedule.of(listed, LocalDate.of(2026, 12, 20), null, null, TODAY).due())
                .as("a week before, after today").isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(ProgressRequest.Schedule.of(plan, null, null, null, TODAY).meeting()).isEqualTo(TODAY.plusDays(14));
        // Back to whom --return-to names, else plan.yaml's owner, else the Prevent coordinator.
        assertThat(ProgressRequest.Schedule.of(plan, null, null, "a@x.example", TODAY).returnTo()).isEqualTo("a@x.example");
        assertThat(plan.owner()).as("the shipped plan names no owner").isNull();
        assertThat(schedule.returnTo()).isEqualTo("the Prevent coordinator");
        Files.writeString(copy.resolve("plan.yaml"), Files.readString(copy.resolve("plan.yaml"), StandardCharsets.UTF_8)
                + "owner: Community Safety Team\n", StandardCharsets.UTF_8);
        assertThat(ProgressRequest.Schedule.of(Validation.of(copy, TODAY).validPlan(), null, null, null, TODAY).returnTo())
                .isEqualTo("Community Safety Team");
    }

    private XSSFRow row(String id) {
        return sheet.getRow(ReturnForm.HEADING_ROW + 1 + led.indexOf(led.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()));
    }

    private static boolean yellow(XSSFCellStyle style) {
        var colour = style.getFillForegroundXSSFColor();
        return colour != null && colour.getRGB() != null && java.util.Arrays.equals(colour.getRGB(), new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC});
    }
}
