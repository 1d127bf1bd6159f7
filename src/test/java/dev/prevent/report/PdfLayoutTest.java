package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF as a chair and a clerk read it: short (the shipped plan in 7 pages, its local risks and self-assessment
 * included; a 50-action plan in 14), nothing printed smaller than 8 pt (the charts' labels included), a short action
 * whole on one page and a long one on two at most, and no word of the summary tables broken across two lines.
 */
class PdfLayoutTest {

    @Test
    void theShippedPlansPaperIsSevenPagesAtMostDraftBannerIncluded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(paper(Fixtures.shippedPlan()))) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(7);
        }
    }

    @Test
    void aFiftyActionPlanIsFourteenPagesAtMost() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(paper(Fixtures.plan("fifty")))) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(14);
        }
    }

    @Test
    void nothingIsPrintedSmallerThanEightPoints() throws IOException {
        for (Path plan : List.of(Fixtures.shippedPlan(), Fixtures.plan("report"))) {
            try (PDDocument pdf = Loader.loadPDF(paper(plan))) {
                List<String> small = new ArrayList<>();
                PDFTextStripper sizes = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition glyph : positions) {
                            // The size in points on the page (getFontSizeInPt rounds it down to a whole point).
                            if (!glyph.getUnicode().isBlank() && glyph.getYScale() < 7.9f) {
                                small.add(text + " at " + glyph.getYScale() + " pt");
                                return;
                            }
                        }
                    }
                };
                sizes.getText(pdf);
                assertThat(small).as(plan.toString()).isEmpty();
            }
        }
    }

    /**
     * A short row kept whole: the page where an action's row starts has its last criterion and the last line of its
     * notes too; a long row (a cell of {@link ColumnWidths#TALL_CELL} characters or more) has them there or on the next.
     */
    @Test
    void aShortActionIsWholeOnOnePageAndALongOneOnTwoAtMost() throws IOException {
        Plan plan = Validation.of(Fixtures.shippedPlan(), Reports.AS_OF).validPlan();
        java.util.Map<String, Boolean> runsOn = new java.util.HashMap<>();
        ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now())).objectives()
                .forEach(o -> o.actions().forEach(a -> runsOn.put(a.id(), ColumnWidths.runsOn(a))));
        assertThat(runsOn.values()).as("the shipped plan has rows of both kinds").contains(true, false);
        try (PDDocument pdf = Loader.loadPDF(paper(Fixtures.shippedPlan()))) {
            List<String> pages = new ArrayList<>();
            for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
            for (Action action : plan.actions().toList()) {
                List<String> parts = new ArrayList<>();
                if (!action.successCriteria().isEmpty()) {
                    parts.add(words(action.successCriteria().get(action.successCriteria().size() - 1)));
                }
                if (action.notes() != null) {
                    List<String> lines = action.notes().strip().lines().toList();
                    parts.add(words(lines.get(lines.size() - 1)));
                }
                // The page where the row starts: the last with its ref (the summary's tables, before the actions,
                // name it too). A row split across pages leaves its last lines on a page without the ref.
                java.util.regex.Pattern ref = java.util.regex.Pattern.compile("(?<![\\d.])" + java.util.regex.Pattern.quote(action.id()) + "(?![\\d.])");
                int page = -1;
                for (int n = pages.size() - 1; n >= 0 && page < 0; n--) {
                    if (ref.matcher(pages.get(n)).find()) {
                        page = n;
                    }
                }
                assertThat(page).as("a page with action %s", action.id()).isNotNegative();
                String shown = pages.get(page) + (runsOn.get(action.id()) && page + 1 < pages.size() ? pages.get(page + 1) : "");
                for (String part : parts) {
                    assertThat(shown).as("page %d, action %s", page + 1, action.id()).contains(part);
                }
            }
        }
    }

    @Test
    void noWordOfTheSummaryTablesIsBrokenAcrossLines() throws IOException {
        for (Path folder : List.of(Fixtures.shippedPlan(), Fixtures.plan("fifty"))) {
            Plan plan = Validation.of(folder, Reports.AS_OF).validPlan();
            try (PDDocument pdf = Loader.loadPDF(paper(folder))) {
                PDFTextStripper summary = new PDFTextStripper();
                summary.setEndPage(2);
                assertThat(PaperWords.brokenIn(summary.getText(pdf), PaperWords.ofSummary(plan))).as(folder.toString()).isEmpty();
            }
        }
    }

    /** The first few words of a text, as the PDF prints them (Markdown marks aside). */
    private static String words(String text) {
        String plain = text.replaceAll("[*_`]", "").strip().replaceAll("\\s+", " ");
        return plain.substring(0, Math.min(24, plain.length())).strip();
    }

    /** The PDF as {@code prevent report --format pdf} makes it: with the Draft banner when there are placeholders. */
    static byte[] paper(Path folder) {
        Validation validation = Validation.of(folder, Reports.AS_OF);
        return Report.render(ReportTemplates.in(null), ReportFormat.PDF, ReportModel.of(ReportRequest.of(validation.validPlan(),
                Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now())
                .withDrafts(validation.diagnostics().stream().filter(d -> d.rule() == Rule.PLACEHOLDER).toList())));
    }
}
