package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.edit.PlanEditor;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's answer read from a form is the edit {@code prevent update} makes of the same status, note and day, byte
 * for byte: 500 random answers (notes with outer spaces, line breaks, quotes, colons, a leading dash or hash, letters
 * beyond ASCII; statuses by label; days written as days and as text), each form read as Excel saves it, against a
 * copy of the plan updated answer by answer.
 */
class ReturnsAsUpdateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String[] PIECES = {"Met", " the faith forum", "  ", "\n", "Next: the open day", "\"quoted\"", "it's", "- a dash",
            "# hash", "£200", "Café", "naïve", "ümlaut", "…", "\t", "a: b", "{x}", "[y]", "100%", "@all", "&"};

    @TempDir
    Path dir;

    @Test
    void fiveHundredAnswersReadFromFormsAreTheEditsUpdateMakes() throws Exception {
        Path viaForms = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("forms"));
        Path viaUpdate = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("update"));
        Random random = new Random(46);
        int answered = 0;
        for (int round = 0; answered < 500; round++) {
            Plan plan = Validation.of(viaForms, TODAY).validPlan();
            Agency all = plan.agency("ALL").orElseThrow();
            List<Action> led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
            Path form = dir.resolve("round-" + round + ".xlsx");
            Files.write(form, ProgressRequest.workbook(plan, all, led, TODAY.plusDays(10), TODAY.plusDays(3), TODAY, "the coordinator"));
            List<PlanEditor.Request> expected = new ArrayList<>();
            XSSFWorkbook workbook;
            try (InputStream in = Files.newInputStream(form)) {
                workbook = new XSSFWorkbook(in);
            }
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() <= ReturnForm.HEADING_ROW || row.getCell(0) == null || answered >= 500) {
                    continue;
                }
                String id = row.getCell(0).getStringCellValue();
                Status status = random.nextInt(4) == 0 ? null : plan.statuses().get(random.nextInt(plan.statuses().size()));
                String note = note(random);
                if (status == null && note.isBlank()) {
                    note = "Nothing new" + round;
                }
                LocalDate day = TODAY.minusDays(random.nextInt(30));
                FormCell.of(row, "New status").setCellValue(status == null ? "" : status.label());
                FormCell.of(row, "Progress note").setCellValue(note);
                if (random.nextBoolean()) {
                    FormCell.of(row, "Date of update").setCellValue(day);
                } else {
                    FormCell.of(row, "Date of update").setCellValue(day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
                }
                expected.add(new PlanEditor.Request(id, status == null ? null : status.key(), note.isBlank() ? null : note.replace("\r\n", "\n"),
                        day, List.of(), null));
                answered++;
            }
            try (OutputStream out = Files.newOutputStream(form)) {
                workbook.write(out);
            }
            workbook.close();

            PlanEditor editor = PlanEditor.of(viaForms, TODAY);
            ProgressReturn.Reading reading = ProgressReturn.read(form, editor.plan(), false, TODAY);
            assertThat(reading.conflicts()).as("round %d", round).isEmpty();
            Optional<dev.prevent.edit.Changeset> change = reading.change(editor);
            change.ifPresent(c -> c.apply(false, false));
            for (PlanEditor.Request request : expected) {
                if (!PlanEditor.recorded(Validation.of(viaUpdate, TODAY).validPlan().actions()
                        .filter(a -> a.id().equals(request.id())).findFirst().orElseThrow(),
                        request.status() == null ? null : Validation.of(viaUpdate, TODAY).validPlan().status(request.status()).orElseThrow(),
                        request.note(), request.date())) {
                    PlanEditor.of(viaUpdate, TODAY).update(request).apply(false, false);
                }
            }
            for (String file : List.of("objective-1-ideologies.yaml", "objective-2-individuals.yaml", "objective-3-institutions.yaml")) {
                assertThat(viaForms.resolve(file)).as("round %d, %s", round, file).hasSameBinaryContentAs(viaUpdate.resolve(file));
            }
        }
    }

    /** A note of one to four random pieces: spaces outside and in, line breaks, marks YAML cares about, non-ASCII letters. */
    private static String note(Random random) {
        StringBuilder note = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            note.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return note.toString();
    }
}
