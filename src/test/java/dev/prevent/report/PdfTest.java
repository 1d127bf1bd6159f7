package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is the HTML printed by openhtmltopdf: A4 landscape, numbered pages, the same content. */
class PdfTest {

    /** The shipped plan's paper as of 1 April 2016, every action, through {@code templates}. */
    private static byte[] shippedPlansPdf(ReportTemplates templates) {
        var plan = dev.prevent.check.Validation.of(Fixtures.shippedPlan(), Reports.AS_OF).validPlan();
        return Report.render(templates, ReportFormat.PDF,
                ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now())));
    }

    @Test
    void theShippedPlanPrintsOnNumberedA4LandscapePagesWithEveryAction() throws Exception {
        byte[] pdf = shippedPlansPdf(ReportTemplates.in(null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            for (String id : ReportTest.SHIPPED_IDS) {
                assertThat(text).contains(id + " ");
            }
            assertThat(text).contains("City of London Prevent Delivery Plan", "Needs attention", "Objective 3: Institutions");
        }
    }

    /**
     * The meeting pack a chair hands out: at most seven pages (the chair's page first, the figures on the next),
     * each with the running header (plan, as-of date,
     * marking), the marking at its foot and "Page N of M", and none that is only a heading and a table's header row.
     */
    @Test
    void theShippedPlansPackIsSevenPagesAtMostEachWithItsRunningHeaderMarkingAndNumber() throws Exception {
        var plan = dev.prevent.check.Validation.of(Fixtures.shippedPlan(), Reports.AS_OF).validPlan();
        byte[] pdf = Report.render(ReportTemplates.in(null), ReportFormat.PDF, ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION,
                LocalDate.of(2016, 4, 1), ZonedDateTime.now()).withMarking("OFFICIAL-SENSITIVE")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isLessThanOrEqualTo(7);
            for (int n = 1; n <= pages; n++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(document);
                List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                assertThat(lines.get(0)).as("page %d's first line", n)
                        .isEqualTo("Appendix 3: City of London Prevent Delivery Plan 2015/2016 · as of 1 April 2016 · OFFICIAL-SENSITIVE");
                assertThat(text).as("page %d", n).contains("Page " + n + " of " + pages)
                        .containsPattern("OFFICIAL-SENSITIVE · Made \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}");
                // Besides the running header and footer, a page holds more than a heading and a header row.
                assertThat(lines.size()).as("lines of page %d: %s", n, lines).isGreaterThan(3 + 8);
                if (n == 1) {
                    // The chair's page: the counts by status and what needs attention.
                    assertThat(text).contains("Actions by status", "Needs attention").doesNotContain("Actions by objective");
                }
                if (n == 2) {
                    // The figures follow, whole, on the next: objectives and leads, down to "No lead".
                    assertThat(text).contains("Actions by objective", "Actions by lead agency", "No lead");
                }
            }
        }
    }

    /**
     * Names in the scripts of the communities a plan works with survive into the PDF: the embedded fonts have
     * their letters, and right-to-left text reads back in its own order (as a PDF reader extracts Arabic: in its
     * shaped forms, which Unicode's compatibility normalisation maps back to the letters).
     */
    @Test
    void latinExtendedCyrillicArabicAndBengaliTextRoundTripsThroughThePdf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PdfPrinter.hasUnicodeFonts(), "the build found no Unicode fonts "
                + "(apt-get install -y fonts-liberation2 fonts-dejavu-core fonts-lohit-beng-bengali): the PDF prints Latin only");
        List<String> samples = List.of("Zażółć gęślą jaźń", "Привет, партнёры", "مسجد السلام", "مسجد اردو", "বাংলা");
        java.nio.file.Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        java.nio.file.Path file = plan.resolve("objective-2.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("      Two workshops booked\n",
                String.join("", samples.stream().map(sample -> "      " + sample + "\n").toList())));
        var valid = dev.prevent.check.Validation.of(plan, Reports.AS_OF).validPlan();
        byte[] pdf = Report.render(ReportTemplates.in(null), ReportFormat.PDF,
                ReportModel.of(ReportRequest.of(valid, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now())));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC)
                    .replaceAll("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "");
            assertThat(text).contains(samples);
        }
    }

    @Test
    void paperLetterPrintsOnUsLetter() throws Exception {
        var plan = dev.prevent.check.Validation.of(Fixtures.plan("report"), Reports.AS_OF).validPlan();
        byte[] pdf = Report.render(ReportTemplates.in(null), ReportFormat.PDF, ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION,
                LocalDate.of(2016, 4, 1), ZonedDateTime.now()).withPaper(Paper.LETTER)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.LETTER.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    /**
     * The renderer marks every box's background as an artifact, even where nothing is painted (EmptyArtifacts says
     * why): none is left in the paper, while the painted ones (the header row's shading, the status badges) and
     * every page's header and footer keep theirs, and the text, the links' descriptions and each "fi" read as
     * written (the Latin fonts' ligatures are hidden, WithoutLigatures).
     */
    @Test
    void noPageHoldsAnArtifactAroundNothingAndTheTextReadsAsWritten() throws Exception {
        byte[] pdf = shippedPlansPdf(ReportTemplates.in(null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int artifacts = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).doesNotContainPattern("/Artifact /\\S+ BDC\nEMC\n");
                artifacts += content.split("/Artifact ", -1).length - 1;
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getPropertiesNames()) {
                    assertThat(content).as("property %s is used", name.getName()).contains("/" + name.getName() + " BDC");
                }
            }
            assertThat(artifacts).as("the painted backgrounds and the running header and footer").isGreaterThan(2 * document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Safeguarding", "identified", "Prevent Delivery Plan").doesNotContain("\ufb01", "\ufb02");
        }
    }

    /**
     * A council's template may hold what a browser takes and XML refuses, such as an SVG logo copied with
     * {@code xlink:href} and no {@code xmlns:xlink}: the paper prints all the same, as it did before the renderer read
     * XHTML of its own, and the text around it is there.
     */
    @Test
    void aCouncilTemplateWithAnUnboundPrefixStillPrints(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
        String template = new String(PdfTest.class.getResourceAsStream("/dev/prevent/templates/report.html.ftl").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(templates.resolve("report.html.ftl"), template.replaceFirst("<main>",
                "<main><svg width=\"10\" height=\"10\"><a xlink:href=\"#summary\"><rect width=\"5\" height=\"5\"/></a></svg>"
                        + "<p>Council crest above</p>"));

        byte[] pdf = shippedPlansPdf(ReportTemplates.in(templates));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Council crest above", "Needs attention", "3.4");
        }
    }
}
