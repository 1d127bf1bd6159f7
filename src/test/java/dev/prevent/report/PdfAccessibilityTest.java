package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.model.Rule;
import dev.prevent.check.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The PDF a council publishes on its website meets PDF/UA-1 (a screen reader gets its headings, tables, reading
 * order and the charts' text) and PDF/A-2u (it can be archived), as veraPDF, the reference validator, judges them.
 */
class PdfAccessibilityTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    enum Standard {
        PDF_UA_1(PDFAFlavour.PDFUA_1), PDF_A_2U(PDFAFlavour.PDFA_2_U);

        final PDFAFlavour flavour;

        Standard(PDFAFlavour flavour) {
            this.flavour = flavour;
        }
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void theShippedPlansPaperPassesEveryRule(Standard standard) throws Exception {
        assertThat(failedRules(shippedPlanPdf(), standard.flavour)).isEmpty();
    }

    /** Every status of a four-step scale, a marking, Markdown links, an owner and evidence. */
    @ParameterizedTest
    @EnumSource(Standard.class)
    void aPlanWithEveryStatusPassesEveryRule(Standard standard) throws Exception {
        var plan = Validation.of(Fixtures.plan("report"), Reports.AS_OF).validPlan();
        byte[] pdf = Report.render(ReportTemplates.in(null), ReportFormat.PDF,
                ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now())));
        assertThat(failedRules(pdf, standard.flavour)).isEmpty();
    }

    /** The self-assessment paper (prevent assurance) of the shipped plan: the same standards as the meeting paper. */
    @ParameterizedTest
    @EnumSource(Standard.class)
    void theSelfAssessmentPaperPassesEveryRule(Standard standard) throws Exception {
        var plan = Validation.of(Fixtures.shippedPlan(), Reports.AS_OF).validPlan();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        Report.writeAssurance(ReportTemplates.in(null), ReportFormat.PDF,
                AssuranceModel.of(plan, LocalDate.of(2016, 4, 1), "3 December 2026 at 12:00", null, java.util.Optional.empty()), null, pdf);
        assertThat(failedRules(pdf.toByteArray(), standard.flavour)).isEmpty();
    }

    /** The control: a PDF with text but no tags fails, so a pass above means the rules ran. */
    @Test
    void anUntaggedPdfFailsPdfUa() throws Exception {
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var font = PDType0Font.load(document, PdfPrinter.class.getResourceAsStream("/dev/prevent/fonts/LiberationSans-Regular.ttf"));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText("Objective 1: Ideologies");
                content.endText();
            }
            document.save(untagged);
        }
        assertThat(failedRules(untagged.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    /** The paper's outline: one bookmark per section and per objective, as a reader navigates the HTML. */
    @Test
    void eachObjectiveHasABookmark() throws Exception {
        try (PDDocument document = Loader.loadPDF(shippedPlanPdf())) {
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Summary", "The plan in figures", "Objective 1: Ideologies",
                    "Objective 2: Individuals", "Objective 3: Institutions");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Appendix 3: City of London Prevent Delivery Plan");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("en-GB");
        }
    }

    private static byte[] shippedPlanPdf() {
        var validation = Validation.of(Fixtures.shippedPlan(), Reports.AS_OF);
        return Report.render(ReportTemplates.in(null), ReportFormat.PDF, ReportModel.of(ReportRequest.of(validation.validPlan(),
                Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now()).withDrafts(validation.diagnostics().stream().filter(d -> d.rule() == Rule.PLACEHOLDER).toList())));
    }

    /** Each failed rule, by clause and test number, with its message and how often it failed. */
    private static Map<String, Integer> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        Map<String, Integer> failed = new TreeMap<>();
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            var result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                            + assertion.getMessage(), 1, Integer::sum);
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant, no rule named", 1);
            }
        }
        return failed;
    }
}
