package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Word paper as an accessible document (#29), read back with POI: a title and a language a screen reader can
 * announce, headings in order with none skipped, each table's header row marked as one, no picture without words,
 * and no cell whose meaning is only its colour.
 */
class WordPaperAccessibilityTest {

    private static XWPFDocument paper(String fixture) throws IOException {
        Cli.Result result = Cli.run("--plan", Fixtures.plan(fixture).toString(), "report", "--format", "docx", "-o", "-",
                "--as-of", "2016-04-01");
        assertThat(result.exit()).as(result.err()).isZero();
        return new XWPFDocument(new ByteArrayInputStream(result.bytes()));
    }

    @ParameterizedTest(name = "plans/{0}")
    @ValueSource(strings = {"report", "queries"})
    void thePaperHasATitleALanguageHeadingsInOrderAndMarkedHeaderRows(String fixture) throws IOException {
        try (XWPFDocument paper = paper(fixture)) {
            assertThat(paper.getProperties().getCoreProperties().getTitle()).isNotBlank()
                    .isEqualTo(paper.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                            .map(XWPFParagraph::getText).orElseThrow());
            assertThat(paper.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("en-GB");

            List<Integer> levels = new ArrayList<>();
            for (XWPFParagraph p : paper.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().matches("Heading\\d")) {
                    levels.add(Integer.parseInt(p.getStyle().substring(7)));
                }
            }
            assertThat(levels.get(0)).as("the first heading is the title").isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d after a heading %d", levels.get(i), levels.get(i - 1))
                        .isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(levels.stream().filter(l -> l == 1).count()).as("one title").isOne();

            assertThat(paper.getTables()).isNotEmpty().allSatisfy((XWPFTable table) ->
                    assertThat(table.getRow(0).isRepeatHeader()).as("the first row of '%s' is a header row",
                            table.getRow(0).getCell(0).getText()).isTrue());
            assertThat(paper.getAllPictures()).as("no picture, so none without alternative text").isEmpty();

            for (XWPFTable table : paper.getTables()) {
                for (var row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (cell.getColor() != null && !cell.getColor().equalsIgnoreCase("auto")) {
                            assertThat(cell.getText()).as("a shaded cell says in words what its colour means").isNotBlank();
                        }
                    }
                }
            }
        }
    }
}
