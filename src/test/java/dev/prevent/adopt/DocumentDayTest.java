package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day import dates the statuses it reads by: the document's own (its "modified" property), else a day its name
 * holds, else the import's; never a day after today. So a partner's later answer is newer than the import's entry.
 */
class DocumentDayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private Path workbook(String name, LocalDate modified) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("Action");
            workbook.getProperties().getCoreProperties().setModified(Optional.of(
                    Date.from(modified.atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant())));
            workbook.write(out);
        }
        return file;
    }

    @Test
    void anOfficeFileIsDatedByTheDayItWasLastSaved() throws Exception {
        DocumentDay day = DocumentDay.of(workbook("Our plan.xlsx", LocalDate.of(2026, 11, 3)), TODAY);

        assertThat(day.day()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(day.said()).isEqualTo("the statuses read are dated 3 November 2026, the day Our plan.xlsx was last saved "
                + "(its properties); give --date to date them otherwise");

        Path word = dir.resolve("Our plan.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(word)) {
            document.createParagraph().createRun().setText("Plan");
            document.getProperties().getCoreProperties().setModified(Optional.of(
                    Date.from(LocalDate.of(2026, 10, 30).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant())));
            document.write(out);
        }
        assertThat(DocumentDay.of(word, TODAY).day()).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void withoutAPropertyTheNamesDayElseTheImportsDayAndNeverOneToCome() throws Exception {
        Path named = Files.writeString(dir.resolve("Prevent plan 2026-11-03.csv"), "Action\nx\n");
        Path plain = Files.writeString(dir.resolve("Prevent plan.csv"), "Action\nx\n");
        Path future = workbook("Saved ahead 2026-11-20.xlsx", LocalDate.of(2027, 1, 1));

        assertThat(DocumentDay.of(named, TODAY)).isEqualTo(new DocumentDay(LocalDate.of(2026, 11, 3),
                "the day the name Prevent plan 2026-11-03.csv gives"));
        assertThat(DocumentDay.of(plain, TODAY).day()).isEqualTo(TODAY);
        assertThat(DocumentDay.of(plain, TODAY).how()).contains("the day of the import");
        // A "modified" day after today (a wrong clock) is no day to date a record by: the name's is used.
        assertThat(DocumentDay.of(future, TODAY).day()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void importDatesEachStatusByTheDocumentAndSaysSo() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path csv = Files.writeString(dir.resolve("Objective one 2026-11-03.csv"),
                "ACTION,LEAD,TIME,RAG\nConsult community groups,ALL,2026/27,Green\n");

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString(), "--objective", "4");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.err()).contains("the statuses read are dated 3 November 2026, the day the name Objective one 2026-11-03.csv gives");
        Action imported = Validation.of(plans, TODAY).validPlan().actions().filter(a -> a.id().equals("4.1")).findFirst().orElseThrow();
        assertThat(imported.updates()).extracting(u -> u.date()).containsExactly(LocalDate.of(2026, 11, 3));
    }
}
