package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A progress return form as a partner without Excel opens it: LibreOffice Calc (Debian's libreoffice-calc-nogui,
 * which .ci/run installs) prints it, and saved again by Calc it keeps its drop-down of exactly the plan's statuses
 * and its protection.
 */
class ProgressFormIT {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheFormAndKeepsItsDropDownOfThePlansStatuses() throws Exception {
        String soffice = WordPaperIT.soffice();
        String pdftotext = WordPaperIT.pdftotext();
        assumeTrue(Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so")),
                "LibreOffice Calc is not installed (apt-get install -y libreoffice-calc-nogui): the form test did not run");
        Path forms = dir.resolve("forms");
        JarIT.Run request = JarIT.jar("request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString());
        assertThat(request.exit()).as(request.err()).isZero();
        Path form = forms.resolve("ALL progress return 2026-12-10.xlsx");

        convert(soffice, "pdf", form, dir.resolve("pdf"));
        convert(soffice, "xlsx", form, dir.resolve("calc"));

        Process text = new ProcessBuilder(List.of(pdftotext, "-layout", dir.resolve("pdf/ALL progress return 2026-12-10.pdf").toString(), "-"))
                .redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(printed).contains("Progress return: All partners (ALL)", "New status", "Progress note", "Community groups",
                "Communication campaigns");
        try (InputStream in = Files.newInputStream(dir.resolve("calc/ALL progress return 2026-12-10.xlsx"));
             XSSFWorkbook saved = new XSSFWorkbook(in)) {
            XSSFSheet sheet = saved.getSheet("Progress");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> {
                String range = v.getValidationConstraint().getFormula1().replace("'", "").replace("$", "");
                assertThat(range).isEqualTo("Statuses!A1:A3");
            });
            XSSFSheet statuses = saved.getSheet("Statuses");
            assertThat(List.of(statuses.getRow(0).getCell(0).getStringCellValue(), statuses.getRow(1).getCell(0).getStringCellValue(),
                    statuses.getRow(2).getCell(0).getStringCellValue())).containsExactly("Behind", "Ongoing", "On target");
            assertThat(statuses.getLastRowNum()).as("no status but the plan's").isEqualTo(2);
        }
    }

    @Test
    void libreOfficeOpensTheWordFormAndPrintsItsActionsAndControls() throws Exception {
        String soffice = WordPaperIT.soffice();
        String pdftotext = WordPaperIT.pdftotext();
        Path forms = dir.resolve("forms");
        JarIT.Run request = JarIT.jar("request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString(), "--format", "docx");
        assertThat(request.exit()).as(request.err()).isZero();
        Path form = forms.resolve("ALL progress return 2026-12-10.docx");

        convert(soffice, "pdf", form, dir.resolve("pdf"));

        Process text = new ProcessBuilder(List.of(pdftotext, "-layout", dir.resolve("pdf/ALL progress return 2026-12-10.pdf").toString(), "-"))
                .redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // Codes, days and words print whole: no column is so narrow that it breaks one.
        assertThat(printed).contains("Progress return: All partners (ALL)", "Timescale", "Communication", "establishments",
                "2015-2016", "Choose a", "dd/mm/yyyy");
        // Each id whole on its line, and nothing printed under 9 pt, the controls' prompts included.
        assertThat(printed.lines().map(String::strip)).anyMatch(line -> line.matches("1\\.1\\s+Community.*"))
                .anyMatch(line -> line.matches("1\\.6\\s+Communication.*"));
        List<Float> sizes = new java.util.ArrayList<>();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("pdf/ALL progress return 2026-12-10.pdf").toFile())) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(p -> sizes.add(p.getFontSizeInPt()));
                }
            }.getText(pdf);
        }
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(8.95f));
    }

    @Test
    void aFormFilledAndSavedAgainByLibreOfficeCalcOrWriterIsReadBackToTheSameAnswers() throws Exception {
        String soffice = WordPaperIT.soffice();
        assumeTrue(Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so")),
                "LibreOffice Calc is not installed (apt-get install -y libreoffice-calc-nogui): the form test did not run");
        Path plan = dev.prevent.Fixtures.copy(dev.prevent.Fixtures.shippedPlan(), dir.resolve("plans"));
        Path forms = dir.resolve("forms");
        assertThat(Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString()).exit()).isZero();
        assertThat(Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", forms.toString(), "--format", "docx")
                .exit()).isZero();
        Path xlsx = forms.resolve("ALL progress return 2026-12-10.xlsx");
        Path docx = forms.resolve("ALL progress return 2026-12-10.docx");
        dev.prevent.FilledForms.edit(xlsx, workbook -> {
            var sheet = workbook.getSheet("Progress");
            dev.prevent.returns.FormCell.of(dev.prevent.FilledForms.row(sheet, "1.1"), "New status").setCellValue("On target");
            dev.prevent.returns.FormCell.of(dev.prevent.FilledForms.row(sheet, "1.1"), "Progress note").setCellValue("Met the faith forum");
            dev.prevent.returns.FormCell.of(dev.prevent.FilledForms.row(sheet, "1.2"), "New status").setCellValue("Behind");
            dev.prevent.returns.FormCell.of(dev.prevent.FilledForms.row(sheet, "1.2"), "Date of update").setCellValue("01/12/2026");
        });
        dev.prevent.FilledForms.editWord(docx, document -> {
            dev.prevent.FilledForms.fill(document, "prevent-status:1.1", "On target");
            dev.prevent.FilledForms.fill(document, "prevent-note:1.1", "Met the faith forum");
            dev.prevent.FilledForms.fill(document, "prevent-status:1.2", "Behind");
            dev.prevent.FilledForms.fill(document, "prevent-date:1.2", "01/12/2026");
        });
        convert(soffice, "xlsx", xlsx, dir.resolve("calc"));
        convert(soffice, "docx", docx, dir.resolve("writer"));

        String asFilled = returned(xlsx, "excel");
        assertThat(asFilled).contains("Met the faith forum", "date: 2026-12-01");
        assertThat(returned(dir.resolve("calc").resolve(xlsx.getFileName()), "calc")).isEqualTo(asFilled);
        assertThat(returned(docx, "word")).isEqualTo(asFilled);
        assertThat(returned(dir.resolve("writer").resolve(docx.getFileName()), "writer")).isEqualTo(asFilled);
    }

    /** The shipped plan's objective-1 file once {@code form} is read into a fresh copy of it. */
    private String returned(Path form, String name) throws java.io.IOException {
        Path plan = dev.prevent.Fixtures.copy(dev.prevent.Fixtures.shippedPlan(), dir.resolve("plan-" + name));
        Cli.Result result = Cli.on(plan, "returns", form.toString());
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).as(result.all()).doesNotContain("nothing new to record");
        return Files.readString(plan.resolve("objective-1-ideologies.yaml"));
    }

    private void convert(String soffice, String format, Path file, Path into) throws Exception {
        // A profile of its own, so that the test neither needs nor touches the user's LibreOffice settings.
        Process convert = new ProcessBuilder(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", into.toString(), file.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(into.resolve(file.getFileName().toString().replaceAll("\\.[a-z]+$", "." + format)))
                .as(Files.readString(dir.resolve("soffice.log"))).exists();
    }
}
