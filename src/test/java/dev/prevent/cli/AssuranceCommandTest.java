package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent assurance}: the self-assessment paper in each format, its gate, and what changed since the last
 * assessment, from git.
 */
class AssuranceCommandTest {

    static final String AS_OF = "2016-04-01";

    @TempDir
    Path dir;

    @Test
    void theShippedPlansAssessmentInMarkdownHasEachItemItsEvidenceAndItsGaps() {
        Cli.Result result = Cli.run("assurance", "--as-of", AS_OF, "--format", "markdown");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("8 items assessed across 1 framework; **4** below met or not rated.",
                "| Prevent duty toolkit areas | 0 | 4 | 4 | 0 | 0 |",
                "| Channel panel (channel-panel) | ✓ Met, 15 March 2016, Prevent Coordinator (example) | 2.4 Channel Panel: not assessed | "
                        + "The Channel Panel sits with its partners and its arrangements are in place. |",
                "| Partnership plan (partnership-plan) | ½ Partly met, 15 March 2016, Prevent Coordinator (example) | plan.yaml |",
                "Gaps: Local risk assessment process (Partly met), Partnership plan (Partly met), Training programme (Partly met), "
                        + "Communications and engagement (Partly met).",
                "| Extremist speakers at venues and events in the City (City of London Prevent risk assessment 2015/16 (example)) | high |");
    }

    @Test
    void theGateFailsOnAnItemBelowMetAndPassesWhenEveryItemIsMet() throws Exception {
        assertThat(Cli.run("assurance", "--as-of", AS_OF, "--format", "markdown", "--fail-if", "below-met").exit()).isEqualTo(1);

        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir);
        Path file = plan.resolve("assurance.yaml");
        Files.writeString(file, Files.readString(file).replace("rating: partly-met", "rating: met"));
        Cli.Result met = Cli.run("--plan", plan.toString(), "assurance", "--as-of", AS_OF, "--format", "markdown", "--fail-if", "below-met");

        assertThat(met.exit()).as(met.err()).isZero();
        assertThat(met.out()).contains("**0** below met or not rated");
    }

    @Test
    void anUnknownGateIsAUsageError() {
        Cli.Result result = Cli.run("assurance", "--as-of", AS_OF, "--fail-if", "below-par");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("below-par");
    }

    @Test
    void theHtmlSaysEachRatingInWordsBesideASymbolAndIsWholeAndNamed() throws Exception {
        Path out = dir.resolve("assurance.html");
        Cli.Result result = Cli.run("assurance", "--as-of", AS_OF, "-o", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Document html = Jsoup.parse(Files.readString(out));
        assertThat(html.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(html.title()).isEqualTo("Appendix 3: City of London Prevent Delivery Plan 2015/2016 – self-assessment as of 1 April 2016");
        assertThat(html.select("h2").eachText()).containsExactly("Summary", "Prevent duty toolkit areas", "Local risk priorities");
        // Colour is never the only sign: each rating has its words, and its symbol is hidden from screen readers.
        assertThat(html.select("tbody .rating").eachText()).contains("✓ Met", "½ Partly met");
        assertThat(html.select(".rating .symbol")).allMatch(symbol -> symbol.attr("aria-hidden").equals("true"));
        assertThat(html.select("#framework-toolkit + p + table tbody tr")).hasSize(8);
    }

    @Test
    void theWordPaperHasTheSameSectionsAndRatingsInWords() throws Exception {
        Path out = dir.resolve("assurance.docx");
        Cli.Result result = Cli.run("assurance", "--as-of", AS_OF, "--format", "docx", "-o", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XWPFDocument word = new XWPFDocument(in)) {
            assertThat(word.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText)).containsExactly("Appendix 3: City of London Prevent Delivery Plan 2015/2016: self-assessment",
                    "Summary", "Prevent duty toolkit areas", "Gaps in Prevent duty toolkit areas", "Local risk priorities");
            assertThat(word.getTables().get(1).getRows()).hasSize(9);
            assertThat(word.getTables().get(1).getRow(5).getCell(1).getText()).startsWith("✓ Met");
            assertThat(word.getProperties().getCoreProperties().getTitle()).endsWith(": self-assessment");
            // As the meeting paper: landscape, every page headed with the plan and numbered "Page N of M" at its foot,
            // and its content from the top of page 1.
            var page = word.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
            assertThat(word.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getText()).contains(": self-assessment · as of"));
            assertThat(word.getFooterList()).singleElement().satisfies(f -> assertThat(f.getParagraphs().get(0).getCTP().getFldSimpleList())
                    .extracting(field -> field.getInstr()).containsExactly("PAGE", "NUMPAGES"));
            assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Heading1");
        }
    }

    @Test
    void thePdfIsMadeAndNumbersItsPages() throws Exception {
        Path out = dir.resolve("assurance.pdf");
        Cli.Result result = Cli.run("assurance", "--as-of", AS_OF, "--format", "pdf", "-o", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            int pages = pdf.getNumberOfPages();
            for (int n = 1; n <= pages; n++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                assertThat(stripper.getText(pdf)).as("page %d", n).contains("Page " + n + " of " + pages);
            }
        }
    }

    @Test
    void sinceTheLastAssessmentItSaysWhatWasRatedThenAndEachActionsTrend() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("assessment 2016").setSign(false).call();
            git.tag().setName("assessment-2016").call();
            Path file = plan.resolve("assurance.yaml");
            Files.writeString(file, Files.readString(file).replaceFirst("rating: partly-met\n      date: 2016-03-15", "rating: met\n      date: 2016-03-30"));
            Path objective = plan.resolve("objective-2-individuals.yaml");
            Files.writeString(objective, Files.readString(objective).replace("    title: Consultation\n", "    title: Consultation\n    status: green\n"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("reassessed").setSign(false).call();
        }

        Cli.Result result = Cli.run("--plan", plan.toString(), "assurance", "--as-of", AS_OF, "--format", "markdown", "--since", "assessment-2016");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Compared with assessment-2016",
                "| Local risk assessment process (risk-assessment) | ✓ Met, 30 March 2016, Prevent Coordinator (example) (was Partly met at assessment-2016) | "
                        + "2.3 Consultation: On target ↑ |");
    }
}
