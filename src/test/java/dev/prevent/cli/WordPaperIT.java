package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word paper as a clerk's office suite opens it: the jar's {@code report --format docx}, converted to PDF by
 * LibreOffice ({@code soffice --headless}, Debian's libreoffice-writer-nogui, which .ci/run installs), its text
 * read back with {@code pdftotext}. Skipped, saying why, where LibreOffice or poppler-utils are not installed.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WordPaperIT {

    @TempDir
    Path dir;

    static String installed(String... candidates) {
        return Stream.of(candidates).filter(p -> new File(p).canExecute()).findFirst().orElse(null);
    }

    /** LibreOffice, or the test is skipped saying how to install it. */
    static String soffice() {
        String soffice = installed("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice");
        assumeTrue(soffice != null, "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui): this test did not run");
        return soffice;
    }

    /** pdftotext, or the test is skipped saying how to install it. */
    static String pdftotext() {
        String pdftotext = installed("/usr/bin/pdftotext");
        assumeTrue(pdftotext != null, "pdftotext is not installed (apt-get install -y poppler-utils): this test did not run");
        return pdftotext;
    }

    @Test
    void libreOfficeOpensThePaperAndPrintsEverySectionAndAction() throws Exception {
        String soffice = soffice();
        String pdftotext = pdftotext();
        Path docx = dir.resolve("paper.docx");
        JarIT.Run report = JarIT.jar("report", "--format", "docx", "--as-of", "2016-04-01", "-o", docx.toString());
        assertThat(report.exit()).as(report.err()).isZero();

        // A profile of its own, so that the test neither needs nor touches the user's LibreOffice settings.
        Process convert = new ProcessBuilder(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("paper.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Process text = new ProcessBuilder(List.of(pdftotext, "-layout", pdf.toString(), "-")).redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(printed).contains("City of London Prevent Delivery Plan", "As of 1 April 2016", "Summary", "Needs attention",
                "Objective 1: Ideologies", "Objective 2: Individuals", "Objective 3: Institutions", "Page 1 of");
        for (String id : List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4")) {
            assertThat(printed).as("printed text").containsPattern("(?m)^\\s*" + java.util.regex.Pattern.quote(id) + "\\s");
        }
        // Every page carries the running header, and the last one says how many there are.
        String[] pages = printed.split("\f");
        long real = Stream.of(pages).filter(p -> !p.isBlank()).count();
        assertThat(Stream.of(pages).filter(p -> !p.isBlank())).allSatisfy(page ->
                assertThat(page).contains("Appendix 3: City of London Prevent Delivery Plan 2015/2016 · as of 1 April 2016"));
        assertThat(printed).contains("Page " + real + " of " + real);
    }

    /** {@code report --summary --format docx}: the chair's page alone, on one page of A4 in LibreOffice. */
    @Test
    void theSummaryIsOnePageForTheShippedPlanAndAFiftyActionPlan() throws Exception {
        String soffice = soffice();
        String pdftotext = pdftotext();
        assumeArialWidths();
        for (Path plan : List.of(dev.prevent.Fixtures.shippedPlan(), dev.prevent.Fixtures.plan("fifty"))) {
            Path docx = dir.resolve(plan.getFileName() + "-summary.docx");
            JarIT.Run report = JarIT.jar("--plan", plan.toString(), "report", "--summary", "--format", "docx", "--as-of", "2016-04-01",
                    "-o", docx.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            String printed = printed(soffice, pdftotext, docx);
            assertThat(Stream.of(printed.split("\f")).filter(p -> !p.isBlank()).count()).as(plan + ": pages").isOne();
            assertThat(printed).contains("Needs attention");
        }
    }

    /**
     * About as short as the PDF, and as readable: the shipped plan in 8 pages at most, a 50-action plan in 15, and no
     * word of the summary tables broken across two lines of a cell.
     */
    @Test
    void thePaperIsShortAndBreaksNoWordOfItsSummary() throws Exception {
        String soffice = soffice();
        String pdftotext = pdftotext();
        assumeArialWidths();
        for (var plan : List.of(java.util.Map.entry(dev.prevent.Fixtures.shippedPlan(), 8), java.util.Map.entry(dev.prevent.Fixtures.plan("fifty"), 15))) {
            Path docx = dir.resolve(plan.getKey().getFileName() + ".docx");
            JarIT.Run report = JarIT.jar("--plan", plan.getKey().toString(), "report", "--format", "docx", "--as-of", "2016-04-01",
                    "-o", docx.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            String printed = printed(soffice, pdftotext, docx);

            long pages = Stream.of(printed.split("\f")).filter(p -> !p.isBlank()).count();
            assertThat(pages).as(plan.getKey() + ": pages").isLessThanOrEqualTo(plan.getValue());
            // Page 1 is the chair's: what needs attention, and its first entry.
            var valid = dev.prevent.check.Validation.of(plan.getKey(), java.time.LocalDate.of(2016, 4, 1)).validPlan();
            String id = dev.prevent.report.ReportModel.of(dev.prevent.report.ReportRequest.of(valid, dev.prevent.Fixtures.EVERY_ACTION,
                    java.time.LocalDate.of(2016, 4, 1), java.time.ZonedDateTime.now())).attention().get(0).action().id();
            String title = valid.actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow().title();
            assertThat(printed.split("\f")[0].replaceAll("\\s+", " ")).as(plan.getKey() + ": page 1")
                    .contains("Needs attention", id + " " + title).doesNotContain("By objective");
            // The summary's tables come before the first objective's heading.
            String summary = printed.substring(0, Math.max(0, printed.indexOf("Aim:")));
            assertThat(dev.prevent.report.PaperWords.brokenIn(summary, dev.prevent.report.PaperWords.ofSummary(valid)))
                    .as(plan.getKey() + ": words broken across lines").isEmpty();
        }
    }

    /** The paper is set in Arial; LibreOffice lays it out the same only with a font of Arial's widths. */
    private static void assumeArialWidths() {
        assumeTrue(Stream.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf").anyMatch(f -> new File(f).exists()),
                "no font with Arial's widths (apt-get install -y fonts-liberation2): the Word paper's length was not measured");
    }

    /** The text LibreOffice prints of a Word paper, pages parted by form feeds, as pdftotext reads its PDF. */
    private String printed(String soffice, String pdftotext, Path docx) throws Exception {
        // A profile of its own, so that the test neither needs nor touches the user's LibreOffice settings.
        Process convert = new ProcessBuilder(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Process text = new ProcessBuilder(List.of(pdftotext, pdf.toString(), "-")).redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return printed;
    }
}
