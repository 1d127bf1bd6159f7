package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a filled form's answers become, row by row, whatever the file they came in: which are applied, which are
 * listed and why, and what day each is dated. The plan is the shipped one with a short log on action 1.1 (Behind on
 * 5 December, a note without a status on 6 December); today is 7 December 2026.
 */
class ProgressReturnAnswersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Path FILE = Path.of("ALL progress return.docx");

    @TempDir
    Path dir;

    Plan plan;

    @BeforeEach
    void theShippedPlanWithALogOnAction11() throws IOException {
        Path copy = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path objective = copy.resolve("objective-1-ideologies.yaml");
        String text = Files.readString(objective, StandardCharsets.UTF_8);
        String log = "    title: Community groups\n    updates:\n      - date: 2026-12-05\n        status: red\n        note: Venue refused\n"
                + "      - date: 2026-12-06\n        note: A note only\n";
        Files.writeString(objective, text.replace("    title: Community groups\n", log), StandardCharsets.UTF_8);
        plan = Validation.of(copy, TODAY).validPlan();
    }

    @Test
    void aFormFromAnAgencyThePlanNoLongerHasIsRefusedByItsCode() {
        FormIdentity gone = new FormIdentity("GONE", TODAY, TODAY.plusDays(3), TODAY.plusDays(1), null);
        assertThatThrownBy(() -> ProgressReturn.answers(FILE, new ProgressReturn.Filled(gone, Map.of(), Map.of(), List.of()), plan,
                false, TODAY)).isInstanceOf(UserError.class)
                .hasMessage(FILE + " is a return from GONE, which is no longer an agency of the plan");
    }

    @Test
    void anAnswerForAnActionSentButSinceRemovedOrHandedToAnotherAgencyIsListedNotApplied() {
        Action other = plan.actions().filter(a -> !a.isLedBy("ALL")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>(sent("1.1"));
        cells.set(0, "9.9");
        var filled = filled(Map.of("9.9", cells, other.id(), ProgressRequest.readOnly(plan, other)),
                row("9.9", cells, "On target", "", null, ""), row(other.id(), ProgressRequest.readOnly(plan, other), "On target", "", null, ""));

        var reading = ProgressReturn.answers(FILE, filled, plan, false, TODAY);

        assertThat(reading.answers()).isEmpty();
        assertThat(reading.notes()).containsExactly("row 9.9: action 9.9 is no longer in the plan; its answer is not applied",
                "row " + other.id() + ": action " + other.id() + " is no longer led by ALL; its answer is not applied");
    }

    @Test
    void aStatusOffTheScaleIsListedAndTheRowsNoteIsStillRecorded() {
        var reading = answers(row("1.2", "Purple", ""), row("1.3", "Purple", "Met the forum"));

        assertThat(reading.notes()).containsExactly("row 1.2: status 'Purple' is not on the plan's scale, so it is not applied",
                "row 1.3: status 'Purple' is not on the plan's scale, so it is not applied");
        assertThat(reading.answers()).containsExactly(new PlanEditor.Request("1.3", null, "Met the forum", TODAY, List.of(), null));
    }

    @Test
    void aStatusChosenByKeyOrLabelIsReadSilentlyAndOneByLetterSaysHowItWasRead() {
        var reading = answers(row("1.2", "green", ""), row("1.3", " On target ", ""), row("1.4", "G", ""));

        assertThat(reading.answers()).extracting(PlanEditor.Request::status).containsExactly("green", "green", "green");
        assertThat(reading.message()).isEqualTo("Progress from ALL for the meeting of 10 December 2026: 3 actions");
        assertThat(answers(row("1.2", "green", "")).message()).endsWith(": 1 action");
        assertThat(reading.notes()).containsExactly("row 1.4: status read 'G' as green (On target)");
    }

    @Test
    void aRowWithMoreCellsThanTheFormsReadOnlyOnesComparesOnlyThose() {
        List<String> longer = new ArrayList<>(sent("1.2"));
        longer.add("a cell past the read-only ones");
        var reading = answers(row("1.2", longer, "green", "", null, ""));

        assertThat(reading.notes()).isEmpty();
        assertThat(reading.answers()).hasSize(1);
    }

    @Test
    void aRowWithFewerCellsThanTheFormsReadOnlyOnesComparesThoseItHas() {
        // A Word table whose row lost cells: what is left is compared, and the answer read.
        var reading = answers(row("1.2", sent("1.2").subList(0, 5), "green", "", null, ""));

        assertThat(reading.notes()).isEmpty();
        assertThat(reading.answers()).extracting(PlanEditor.Request::id).containsExactly("1.2");
    }

    @Test
    void aFileOfTheLargestSizeReadIsReadAndOneByteMoreIsRefusedUnread() throws IOException {
        Path largest = dir.resolve("largest.xlsx");
        Path over = dir.resolve("over.xlsx");
        try (var out = java.nio.channels.FileChannel.open(largest, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap("not a workbook".getBytes(StandardCharsets.UTF_8)));
            out.write(java.nio.ByteBuffer.wrap(new byte[] {0}), ProgressReturn.MAX_BYTES - 1);
        }
        Files.copy(largest, over);
        Files.write(over, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(Files.size(largest)).isEqualTo(ProgressReturn.MAX_BYTES);

        assertThatThrownBy(() -> ProgressReturn.read(largest, plan, false, TODAY)).hasMessageContaining("is not an Excel workbook or a Word document");
        assertThatThrownBy(() -> ProgressReturn.read(over, plan, false, TODAY)).hasMessage(over + " is over 16 MB, far more than a progress "
                + "return; it was not read");
    }

    @Test
    void aReadOnlyCellChangedInTheFormIsNamedAndNotApplied() {
        List<String> changed = new ArrayList<>(sent("1.2"));
        changed.set(1, "Another title");
        changed.set(4, "2017");
        var reading = answers(row("1.2", changed, "green", "", null, ""));

        assertThat(reading.notes()).containsExactly("row 1.2: action 1.2's Title, Timescale were changed in the form; only the status, "
                + "note and date are read, so that change is not applied");
        assertThat(reading.answers()).extracting(PlanEditor.Request::id).containsExactly("1.2");
    }

    @Test
    void aDayInThePlansYearOrInTheLastYearIsKeptAndADayFarFromBothIsToday() {
        // The plan's year is April 2015 to March 2016, give or take a year; the last year is since 7 December 2025.
        var kept = List.of(LocalDate.of(2014, 4, 1), LocalDate.of(2015, 6, 1), LocalDate.of(2017, 3, 31), LocalDate.of(2025, 12, 7),
                LocalDate.of(2026, 6, 1), TODAY);
        for (LocalDate day : kept) {
            var reading = answers(row("1.2", "", "Met the forum", day, ""));
            assertThat(reading.notes()).as("%s", day).isEmpty();
            assertThat(reading.answers()).extracting(PlanEditor.Request::date).as("%s", day).containsExactly(day);
        }
        for (LocalDate day : List.of(LocalDate.of(2014, 3, 31), LocalDate.of(2017, 4, 1), LocalDate.of(2025, 12, 6), LocalDate.of(1900, 1, 1))) {
            var reading = answers(row("1.2", "", "Met the forum", day, ""));
            assertThat(reading.notes()).as("%s", day).singleElement().asString().contains("is more than a year outside the plan's year "
                    + "(2015/16) and the last year, so it is not used: the answer is dated today, 7 December 2026");
            assertThat(reading.answers()).extracting(PlanEditor.Request::date).containsExactly(TODAY);
        }
    }

    @Test
    void aDayWrittenAsTextIsReadAndTheDatePromptOrNothingIsToday() {
        var reading = answers(row("1.2", "", "one", null, "01/12/2026"), row("1.3", "", "two", null, "dd/mm/yyyy"),
                row("1.4", "", "three", null, ""), row("1.5", "", "four", null, "when we can"));

        assertThat(reading.answers()).extracting(PlanEditor.Request::date).containsExactly(LocalDate.of(2026, 12, 1), TODAY, TODAY, TODAY);
        assertThat(reading.notes()).containsExactly("row 1.5: the date 'when we can' is no day, so the answer is dated today, 7 December 2026");
    }

    @Test
    void anAnswerOlderThanTheLogsNewestStatusIsRecordedAndTheNewerStatusIsNamed() {
        var reading = answers(row("1.1", "On target", "Met them", LocalDate.of(2026, 12, 4), ""));

        assertThat(reading.answers()).hasSize(1);
        assertThat(reading.notes()).containsExactly("row 1.1: action 1.1's answer (On target, 4 December 2026) is recorded in its log, but "
                + "its newer entry of 5 December 2026 (Behind) stays its status; if the answer is the current position, record it as of "
                + "today: prevent update 1.1 --status green");
    }

    @Test
    void anAnswerOfTheLogsNewestStatusDayOrAfterItOrWithoutAStatusNamesNoNewerEntry() {
        // The entry of 6 December has no status: it is not the status, so an answer of 5 December has no newer one.
        for (LocalDate day : List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), TODAY)) {
            var reading = answers(row("1.1", "On target", "Met them", day, ""));
            assertThat(reading.answers()).as("%s", day).hasSize(1);
            assertThat(reading.notes()).as("%s", day).isEmpty();
        }
        var noStatus = answers(row("1.1", "", "Met them", LocalDate.of(2026, 12, 1), ""));
        assertThat(noStatus.answers()).hasSize(1);
        assertThat(noStatus.notes()).isEmpty();
    }

    @Test
    void ofTwoNewerEntriesTheNewestIsNamed() throws IOException {
        Path objective = dir.resolve("plans/objective-1-ideologies.yaml");
        String text = Files.readString(objective, StandardCharsets.UTF_8);
        Files.writeString(objective, text.replace("        note: A note only\n", "        status: blue\n        note: A note only\n"),
                StandardCharsets.UTF_8);
        plan = Validation.of(dir.resolve("plans"), TODAY).validPlan();

        var reading = answers(row("1.1", "On target", "Met them", LocalDate.of(2026, 12, 4), ""));

        assertThat(reading.notes()).singleElement().asString().contains("its newer entry of 6 December 2026 (Ongoing) stays its status");
    }

    @Test
    void aWordFormIsToldApartFromAWorkbookBothWhenItsSenderIsReadAndWhenItCannotBeOpened() throws IOException {
        var all = plan.agency("ALL").orElseThrow();
        List<Action> led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
        Path word = dir.resolve("ALL.docx");
        Files.write(word, WordForm.document(plan, all, led, TODAY.plusDays(3), TODAY.plusDays(1), TODAY, "the coordinator"));

        var sent = ProgressReturn.sent(word, plan, TODAY);

        assertThat(sent.agency()).isEqualTo("ALL");
        assertThat(sent.requested()).isEqualTo(TODAY);
        assertThat(sent.meeting()).isEqualTo(TODAY.plusDays(3));
        // A zip that is no Office file: the message names what it was read as.
        Path broken = dir.resolve("broken.docx");
        Path brokenBook = dir.resolve("broken.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Files.copy(broken, brokenBook);
        assertThatThrownBy(() -> ProgressReturn.read(broken, plan, false, TODAY)).hasMessageStartingWith("cannot read " + broken + " as a Word document: ");
        assertThatThrownBy(() -> ProgressReturn.read(brokenBook, plan, false, TODAY))
                .hasMessageStartingWith("cannot read " + brokenBook + " as an Excel workbook: ");
    }

    @Test
    void aDateCellIsADayOnlyWithinTheDaysExcelCanShowAndADayAFormulaShowsIsThatDay() throws IOException {
        var all = plan.agency("ALL").orElseThrow();
        List<Action> led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
        Path form = dir.resolve("ALL.xlsx");
        Files.write(form, ProgressRequest.workbook(plan, all, led, TODAY.plusDays(3), TODAY.plusDays(1), TODAY, "the coordinator"));
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(form)) {
            workbook = new XSSFWorkbook(in);
        }
        Map<String, Row> rows = new HashMap<>();
        for (Row row : workbook.getSheet(ReturnForm.SHEET)) {
            if (row.getRowNum() > ReturnForm.HEADING_ROW) {
                rows.put(row.getCell(0).getStringCellValue(), row);
            }
        }
        // Serial 1 is 1 January 1900, the first day Excel shows; 2,958,466 is 1 January 10000, which it cannot.
        answer(rows.get("1.2"), "first").getCell(ReturnForm.DATE).setCellValue(1.0);
        answer(rows.get("1.3"), "past").getCell(ReturnForm.DATE).setCellValue(2_958_466.0);
        answer(rows.get("1.4"), "last").getCell(ReturnForm.DATE).setCellValue(2_958_465.0);
        var formula = answer(rows.get("1.5"), "by formula").getCell(ReturnForm.DATE);
        formula.setCellFormula("DATE(2026,12,1)");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
        try (OutputStream out = Files.newOutputStream(form)) {
            workbook.write(out);
        }
        workbook.close();

        var reading = ProgressReturn.read(form, plan, false, TODAY);

        assertThat(reading.notes()).containsExactly(
                "ALL.xlsx row 9: the date of action 1.2's answer, 1 January 1900, is more than a year outside the plan's year (2015/16) "
                        + "and the last year, so it is not used: the answer is dated today, 7 December 2026",
                "ALL.xlsx row 10: the date '" + "the number 2958466" + "' is no day, so the answer is dated today, 7 December 2026",
                "ALL.xlsx row 11: the date of action 1.4's answer, 31 December 9999, is more than a year outside the plan's year (2015/16) "
                        + "and the last year, so it is not used: the answer is dated today, 7 December 2026");
        assertThat(reading.answers()).extracting(PlanEditor.Request::date).containsExactly(TODAY, TODAY, TODAY, LocalDate.of(2026, 12, 1));
    }

    private static Row answer(Row row, String note) {
        row.getCell(ReturnForm.NOTE).setCellValue(note);
        var date = row.getCell(ReturnForm.DATE);
        assertThat(date.getCellStyle().getDataFormatString()).as("the form's date column shows days").isNotEqualTo("General");
        assertThat(date.getCellType()).isIn(CellType.BLANK, CellType.STRING, CellType.NUMERIC);
        return row;
    }

    private ProgressReturn.Reading answers(ProgressReturn.FilledRow... rows) {
        Map<String, List<String>> sent = new HashMap<>();
        plan.actions().filter(a -> a.isLedBy("ALL")).forEach(a -> sent.put(a.id(), ProgressRequest.readOnly(plan, a)));
        return ProgressReturn.answers(FILE, filled(sent, rows), plan, false, TODAY);
    }

    private ProgressReturn.Filled filled(Map<String, List<String>> sent, ProgressReturn.FilledRow... rows) {
        Map<String, String> fingerprints = new HashMap<>();
        plan.actions().forEach(a -> fingerprints.put(a.id(), ReturnForm.fingerprint(a)));
        return new ProgressReturn.Filled(new FormIdentity("ALL", TODAY, TODAY.plusDays(3), TODAY.plusDays(1), null), fingerprints, sent, List.of(rows));
    }

    private List<String> sent(String id) {
        return ProgressRequest.readOnly(plan, plan.actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow());
    }

    private ProgressReturn.FilledRow row(String id, String status, String note) {
        return row(id, sent(id), status, note, null, "");
    }

    private ProgressReturn.FilledRow row(String id, String status, String note, LocalDate date, String dateText) {
        return row(id, sent(id), status, note, date, dateText);
    }

    private static ProgressReturn.FilledRow row(String id, List<String> cells, String status, String note, LocalDate date, String dateText) {
        return new ProgressReturn.FilledRow("row " + id, id, cells, status, note, date, dateText);
    }
}
