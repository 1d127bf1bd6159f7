package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as partners print it: opened in headless Chromium (Debian's package, which .ci/run
 * installs) and printed to PDF. Skipped, saying why, where Chromium is not installed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumPrintIT {

    @TempDir
    Path dir;

    static String chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
    }

    @Test
    void theReportPrintsToPdfWithEveryActionId() throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install -y chromium): the print test did not run");
        Path html = dir.resolve("report.html");
        JarIT.Run report = JarIT.jar("report", "--as-of", "2016-04-01", "-o", html.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        Path pdf = dir.resolve("printed.pdf");

        Process chrome = new ProcessBuilder(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                html.toUri().toString())).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(chrome.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();

        assertThat(chrome.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (String id : List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4")) {
                assertThat(text).as("printed text").contains(id);
            }
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }
}
