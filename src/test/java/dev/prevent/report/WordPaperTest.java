package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code report --format docx}, read back with POI: what a clerk relies on when pasting the paper into a committee template. */
class WordPaperTest {

    static XWPFDocument paper;

    @BeforeAll
    static void render() throws IOException {
        Path plan = Fixtures.plan("report");
        Cli.Result result = Cli.run("--plan", plan.toString(), "report", "--format", "docx", "-o", "-", "--as-of", "2016-04-01");
        assertThat(result.exit()).as(result.err()).isZero();
        paper = new XWPFDocument(new ByteArrayInputStream(result.bytes()));
    }

    static List<XWPFParagraph> headings(int level) {
        return paper.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle())).toList();
    }

    @Test
    void sectionsAreWordsOwnHeadingStyles() {
        assertThat(headings(1)).extracting(XWPFParagraph::getText).containsExactly("Report fixture");
        assertThat(headings(2)).extracting(XWPFParagraph::getText)
                .containsExactly("Summary", "The plan in figures", "Aims", "Coverage of the duty", "Objective 1: Ideologies",
                        "Objective 2: Individuals");
        // The chair's page, under Summary: what needs attention first.
        assertThat(headings(3)).extracting(XWPFParagraph::getText).first().isEqualTo("Needs attention");
        // Word knows them as its built-in headings, which a committee template restyles.
        assertThat(paper.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(paper.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
    }

    /** As the PDF gives them: leads by name and code, what the action serves, and no line for an empty field. */
    @Test
    void eachActionGivesItsLeadsByNameAndWhatItServesAndNothingForAnEmptyField() throws Exception {
        try (var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(paper)) {
            String text = extractor.getText();
            assertThat(text).contains("Lead: City of London Corporation (COLC), City of London Police (COLP)",
                    "Serves: Duty areas: Referral pathway").doesNotContain("Lead: COLC", "Resources: none", "None given");
        }
    }

    @Test
    void headerRowsRepeatOnEveryPageAndStatusCellsAreShadedWithTheirLabel() {
        XWPFTable summary = paper.getTables().get(0);
        assertThat(summary.getRow(0).isRepeatHeader()).isTrue();
        XWPFTableRow off = summary.getRows().stream().filter(r -> r.getCell(0).getText().startsWith("Off track")).findFirst().orElseThrow();
        assertThat(off.getCell(0).getColor()).isEqualToIgnoringCase("d4351c");
        assertThat(off.getCell(0).getParagraphs().get(0).getRuns().get(0).getColor()).isEqualToIgnoringCase("ffffff");
        XWPFTable actions = paper.getTables().get(paper.getTables().size() - 1);
        assertThat(actions.getRow(0).getCell(0).getText()).isEqualTo("Objective 2: Individuals");
        assertThat(actions.getRow(0).isRepeatHeader()).isTrue();
        assertThat(actions.getRow(1).isRepeatHeader()).isTrue();
        assertThat(actions.getRow(1).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("Ref", "Action",
                "Lead, status, timescale, resources", "Success criteria", "Comments and progress");
        // An action's status in words, on its colour, among its details.
        XWPFTableRow first = actions.getRows().stream().filter(r -> r.getTableCells().size() == 5 && r.getCell(0).getText().startsWith("2.1"))
                .findFirst().orElseThrow();
        XWPFRun status = first.getCell(2).getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().equals("At risk")).findFirst().orElseThrow();
        assertThat(status.getCTR().getRPr().getShdArray(0).xmlText()).containsIgnoringCase("fill=\"f47738\"");
    }

    @Test
    void theSummaryCountsAddUpAndOverdueStandsApart() {
        XWPFTable summary = paper.getTables().get(0);
        List<String> rows = summary.getRows().stream().map(r -> String.join("\n", r.getCell(0).getParagraphs().stream()
                .map(XWPFParagraph::getText).toList()) + "=" + r.getCell(1).getText()).toList();
        // A status the plan describes in its own words shows them too.
        assertThat(rows).containsExactly("Status=Number of actions", "Off track\nOff track – behind=1", "At risk=1", "On track=1", "Done=1",
                "Not assessed=1", "All actions=5");
        assertThat(paper.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.matches("Overdue: \\d+ of the 5 actions, whatever their status\\."));
    }

    @Test
    void everyPageIsLandscapeWithARunningHeaderAndPageXOfY() {
        var body = paper.getDocument().getBody();
        // One section, landscape: the summary's tables get the width their headings need, like the objectives'.
        assertThat(body.getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
        assertThat(paper.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()))
                .isEmpty();
        assertThat(paper.getHeaderList().get(0).getText()).contains("Report fixture · as of 1 April 2016");
        String footer = paper.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertThat(footer).contains("PAGE").contains("NUMPAGES");
    }

    @Test
    void notesKeepTheirLineBreaks() throws IOException {
        Cli.Result result = Cli.run("--plan", Fixtures.shippedPlan().toString(), "report", "--format", "docx", "-o", "-");
        try (XWPFDocument shipped = new XWPFDocument(new ByteArrayInputStream(result.bytes()))) {
            XWPFTableRow first = shipped.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getTableCells().size() == 5 && r.getCell(0).getParagraphs().get(0).getText().equals("1.1")).findFirst().orElseThrow();
            assertThat(first.getCell(4).getText()).startsWith("Contact made, Initial needs identified\n"
                    + "Establish and keep a record of who the Safeguarding leads are within each community groups.\n");
        }
    }

    static boolean isTable(IBodyElement e) {
        return e instanceof XWPFTable;
    }
}
