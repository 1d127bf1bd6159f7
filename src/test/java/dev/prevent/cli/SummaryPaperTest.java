package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --summary}: only the chair's page, in every format; one page of A4 in the PDF for the shipped plan and
 * for a 50-action plan.
 */
class SummaryPaperTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryPdfIsOnePageForTheShippedPlanAndAFiftyActionPlan() throws Exception {
        for (Path plan : List.of(Fixtures.shippedPlan(), Fixtures.plan("fifty"))) {
            Path pdf = dir.resolve(plan.getFileName() + ".pdf");
            Cli.Result result = Cli.on(plan, "report", "--summary", "--format", "pdf", "--as-of", "2016-04-01", "-o", pdf.toString());
            assertThat(result.exit()).as(result.all()).isZero();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(plan.toString()).isOne();
                assertThat(new PDFTextStripper().getText(document)).contains("Needs attention", "Actions by status")
                        .doesNotContain("Actions by objective", "Objective 1:");
            }
        }
    }

    @Test
    void theSummaryInHtmlMarkdownAndWordHoldsTheChairsPageAndNoObjective() throws Exception {
        Path plan = Fixtures.shippedPlan();
        String html = Cli.on(plan, "report", "--summary", "--as-of", "2016-04-01", "-o", "-").out();
        String markdown = Cli.on(plan, "report", "--summary", "--format", "markdown", "--as-of", "2016-04-01", "-o", "-").out();
        Path docx = dir.resolve("summary.docx");
        assertThat(Cli.on(plan, "report", "--summary", "--format", "docx", "--as-of", "2016-04-01", "-o", docx.toString()).exit()).isZero();

        assertThat(html).contains("id=\"summary\"", "id=\"attention\"").doesNotContain("id=\"figures\"", "Objective 1: Ideologies</h2>");
        assertThat(markdown).contains("## Summary", "### Needs attention").doesNotContain("## The plan in figures", "## Objective 1");
        try (InputStream in = Files.newInputStream(docx); var document = new XWPFDocument(in); var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Summary", "Needs attention").doesNotContain("The plan in figures", "Objective 1: Ideologies");
        }
    }
}
