package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Page 1 of the PDF is the chair's: what needs attention, its first entry with its lead, the counts by status; the
 * figures by objective and by agency follow on page 2. For the shipped plan and a 50-action plan alike.
 */
class ChairsPageTest {

    @Test
    void pageOneSaysWhatNeedsAttentionFirstAndTheFiguresFollowOnPageTwo() throws IOException {
        for (Path folder : List.of(Fixtures.shippedPlan(), Fixtures.plan("fifty"))) {
            var plan = Validation.of(folder, Reports.AS_OF).validPlan();
            var model = ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now()));
            assertThat(model.attention()).as("%s has actions needing attention", folder).isNotEmpty();
            ReportView.Attention first = model.attention().get(0);
            try (PDDocument pdf = Loader.loadPDF(PdfLayoutTest.paper(folder))) {
                String one = page(pdf, 1);
                String two = page(pdf, 2);
                // The entry's words as the cell wraps them: its title, its lead's name, why, found whole. (The text is
                // read in the order it was drawn, which puts the bold id after the title's first line.)
                String words = one.replaceAll("\\s+", " ");
                assertThat(words).as("%s, page 1", folder).contains("Needs attention", "Actions by status", first.action().id(),
                        first.action().leadNames().get(0), String.join("; ", first.reasons())).doesNotContain("Actions by objective");
                assertThat(words.replace(" " + first.action().id() + " ", " ")).contains(first.action().title().getAsString());
                assertThat(two).as("%s, page 2", folder).contains("The plan in figures", "Actions by objective", "Actions by lead agency");
                if (model.attention().size() > 8) {
                    // "And N more: the whole list, page K": K is the page the whole list is on.
                    int whole = 0;
                    for (int n = 1; n <= pdf.getNumberOfPages() && whole == 0; n++) {
                        whole = page(pdf, n).contains("Needs attention: all " + model.attention().size()) ? n : 0;
                    }
                    assertThat(words).contains("And " + (model.attention().size() - 8) + " more:", "the whole list, page " + whole);
                }
            }
        }
    }

    /**
     * At risk is a middle step shown in amber or named so: a plan's "Ongoing" (blue), neither overdue nor long
     * without an update, is no reason to look; the report fixture's "At risk" (orange) is.
     */
    @Test
    void aMiddleStepThatSaysNothingOfRiskIsNoReasonToLook() {
        var ongoing = Validation.of(Fixtures.plan("valid"), LocalDate.of(2015, 6, 1)).validPlan();
        assertThat(ReportModel.of(ReportRequest.of(ongoing, Fixtures.EVERY_ACTION, LocalDate.of(2015, 6, 1), ZonedDateTime.now()))
                .attention()).isEmpty();
        var atRisk = Validation.of(Fixtures.plan("report"), LocalDate.of(2016, 4, 1)).validPlan();
        assertThat(ReportModel.of(ReportRequest.of(atRisk, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now()))
                .attention()).extracting(a -> a.action().id() + ": " + a.reasons().get(0)).contains("2.1: At risk");
    }

    private static String page(PDDocument pdf, int n) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(pdf);
    }
}
