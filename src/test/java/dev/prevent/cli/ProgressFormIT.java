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
