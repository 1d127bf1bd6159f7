package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.query.ActionFilter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is the HTML printed by openhtmltopdf: A4 landscape, numbered pages, the same content. */
class PdfTest {

    @Test
    void theShippedPlanPrintsOnNumberedA4LandscapePagesWithEveryAction() throws Exception {
        var plan = dev.prevent.check.Validation.of(Fixtures.shippedPlan(), Reports.AS_OF).validPlan();
        byte[] pdf = Report.render(ReportTemplates.in(null), ReportFormat.PDF,
                ReportModel.of(plan, Fixtures.EVERY_ACTION, LocalDate.of(2016, 4, 1), ZonedDateTime.now(), null));

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
}
