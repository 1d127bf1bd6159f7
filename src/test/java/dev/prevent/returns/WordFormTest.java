package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word form as a partner sees it in Word, read back with POI: a landscape A4 page, the title (Word's Heading 1) and
 * the instructions, one table whose heading row repeats on every page and whose rows never break across one, the
 * action's columns wide and the ids narrow, and in each row three content controls (a drop-down of the plan's
 * statuses, a text of several lines, a date picker writing British days); and what the reading of it does with
 * properties and rows it did not make.
 */
class WordFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    Plan plan;
    List<Action> led;
    XWPFDocument form;

    /** Made for each test, not once: mutation testing credits a test only with the code its own run reaches. */
    @BeforeEach
    void theFormForAllPartners() throws IOException {
        plan = Validation.of(Fixtures.shippedPlan(), TODAY).validPlan();
        Agency all = plan.agency("ALL").orElseThrow();
        led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
        form = new XWPFDocument(new ByteArrayInputStream(
                WordForm.document(plan, all, led, TODAY.plusDays(3), TODAY.plusDays(1), TODAY, "prevent@example.gov.uk")));
    }

    @Test
    void theFormIsALandscapeA4PageWithHalfInchMargins() {
        var section = form.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        var margins = section.getPgMar();
        assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                .allSatisfy(m -> assertThat(new BigInteger(m.toString())).isEqualTo(BigInteger.valueOf(720)));
    }

    @Test
    void theTitleIsAHeadingAndTheInstructionsNameNoColourTheFormDoesNotShow() {
        List<XWPFParagraph> lines = form.getParagraphs().subList(0, 4);
        assertThat(lines.get(0).getStyle()).isEqualTo("Heading1");
        assertThat(form.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(lines.get(0).getText()).isEqualTo("Progress return: All partners (ALL)");
        for (XWPFParagraph line : lines.subList(1, 4)) {
            assertThat(line.getStyle()).isNull();
            assertThat(line.getRuns().get(0).isBold()).isFalse();
        }
        assertThat(lines.get(1).getText()).contains("For the working group meeting on 10 December 2026");
        assertThat(lines.get(2).getText()).contains("in the 'New status' column").doesNotContain("yellow");
        assertThat(lines.get(3).getText()).contains("prevent@example.gov.uk by 8 December 2026");
    }

    @Test
    void oneFullWidthTableWhoseActionColumnIsWidestAndWhoseIdColumnIsNarrowest() {
        assertThat(form.getTables()).hasSize(1);
        XWPFTable table = form.getTables().get(0);
        var grid = table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> new BigInteger(c.getW().toString()).intValue()).toList();
        // No column empty for the whole form: none of these actions has an update yet.
        assertThat(grid).hasSize(ReturnForm.HEADINGS.size() - 2);
        // The page between its margins is 15,398 twips; the columns share it, rounding down.
        assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isBetween(15398 - grid.size(), 15398);
        assertThat(new BigInteger(table.getCTTbl().getTblPr().getTblW().getW().toString()).intValue())
                .isEqualTo(grid.stream().mapToInt(Integer::intValue).sum());
        assertThat(grid.get(2)).isEqualTo(grid.stream().mapToInt(Integer::intValue).max().orElseThrow());
        // The id's column: the narrowest, yet as wide as the longest id ("1.1") at 9 pt with the cell's margins, and no wrapping.
        assertThat(grid.get(0)).isEqualTo(grid.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(3 * 130 + 2 * 57 + 120);
        assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().isSetNoWrap()).isTrue();
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < grid.size(); c++) {
                assertThat(row.getCell(c).getWidth()).as("row %s column %s", table.getRows().indexOf(row), c).isEqualTo(grid.get(c));
            }
        }
    }

    @Test
    void theHeadingRowRepeatsOnEveryPageInBoldAndNoActionsRowBreaksAcrossAPage() {
        XWPFTable table = form.getTables().get(0);
        XWPFTableRow headings = table.getRow(0);
        assertThat(headings.isRepeatHeader()).isTrue();
        assertThat(headings.getTableCells()).extracting(c -> c.getText()).containsExactly("ID", "Title", "Action", "Success criteria",
                "Timescale", "Due", "Status now", "New status", "Progress note", "Date of update");
        assertThat(headings.getTableCells()).allSatisfy(c -> {
            assertThat(c.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(c.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).as("nothing under 9 pt").isEqualTo(9.0);
            assertThat(c.getColor()).isEqualTo("F3F2F1");
        });
        assertThat(table.getRows()).hasSize(led.size() + 1);
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            assertThat(row.isCantSplitRow()).isTrue();
            assertThat(row.isRepeatHeader()).isFalse();
            assertThat(row.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(row.getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(9.0);
        }
    }

    @Test
    void eachActionsFactsAreItsReadOnlyCellsLineBreaksAndAll() {
        XWPFTableRow first = form.getTables().get(0).getRow(1);
        List<String> facts = ProgressRequest.readOnly(plan, led.get(0));
        XWPFTableRow headings = form.getTables().get(0).getRow(0);
        for (int c = 0; c < headings.getTableCells().size() - 3; c++) {
            String heading = headings.getCell(c).getText();
            assertThat(first.getCell(c).getText().replace("\r\n", "\n")).as(heading).isEqualTo(facts.get(ReturnForm.HEADINGS.indexOf(heading)));
        }
        Action withCriteria = led.stream().filter(a -> a.successCriteria().size() > 1).findFirst().orElseThrow();
        XWPFTableRow row = form.getTables().get(0).getRow(led.indexOf(withCriteria) + 1);
        var run = row.getCell(3).getParagraphs().get(0).getRuns().get(0);
        assertThat(run.getCTR().getBrList()).hasSize(withCriteria.successCriteria().size() - 1);
        assertThat(run.getCTR().getTList()).extracting(t -> t.getStringValue())
                .containsExactlyElementsOf(withCriteria.successCriteria().stream().map(c -> "• " + ProgressRequest.plain(c)).toList());
    }

    @Test
    void theThreeControlsAreNamedPromptedAndShapedForWhatTheyHold() {
        String id = led.get(0).id();
        CTSdtRun status = control("prevent-status:" + id);
        assertThat(status.getSdtPr().getAlias().getVal()).isEqualTo("New status");
        assertThat(status.getSdtPr().isSetShowingPlcHdr()).isTrue();
        assertThat(shown(status)).isEqualTo(WordForm.CHOOSE);
        var items = status.getSdtPr().getDropDownList().getListItemList();
        assertThat(items).extracting(i -> i.getDisplayText()).containsExactly("Behind", "Ongoing", "On target");
        assertThat(items).allSatisfy(i -> assertThat(i.getValue()).isEqualTo(i.getDisplayText()));

        CTSdtRun note = control("prevent-note:" + id);
        assertThat(note.getSdtPr().getAlias().getVal()).isEqualTo("Progress note");
        assertThat(note.getSdtPr().isSetShowingPlcHdr()).isTrue();
        assertThat(shown(note)).isEqualTo(WordForm.WRITE);
        assertThat(note.getSdtPr().isSetText()).isTrue();
        assertThat(note.getSdtPr().getText().getMultiLine()).isEqualTo(Boolean.TRUE);

        CTSdtRun date = control("prevent-date:" + id);
        assertThat(date.getSdtPr().getAlias().getVal()).isEqualTo("Date of update");
        assertThat(date.getSdtPr().isSetShowingPlcHdr()).as("an empty day is no placeholder Word would clear").isFalse();
        assertThat(shown(date)).isEqualTo(WordForm.DATE_PROMPT);
        assertThat(date.getSdtPr().getDate().getDateFormat().getVal()).isEqualTo("dd/MM/yyyy");
        assertThat(date.getSdtPr().getDate().getLid().getVal()).isEqualTo("en-GB");

        for (CTSdtRun control : List.of(status, note, date)) {
            var size = control.getSdtContent().getRArray(0).getRPr().getSzArray(0).getVal();
            assertThat(new BigInteger(size.toString())).as("9 point, in half points").isEqualTo(BigInteger.valueOf(18));
        }
    }

    @Test
    void aRowIsNamedByItsPlaceInTheTableAndCellPropertiesItDidNotMakeAreLeftAlone() throws IOException {
        XWPFDocument copy = copy(form);
        var custom = copy.getProperties().getCustomProperties();
        String id = led.get(0).id();
        custom.addProperty(WordForm.CELLS + id + "#" + ReturnForm.NEW_STATUS, "past the read-only cells");
        custom.addProperty(WordForm.CELLS + id + "#-1", "before them");
        custom.addProperty(WordForm.CELLS + "#1", "no action's");

        ProgressReturn.Filled filled = WordForm.read(Path.of("ALL.docx"), copy, plan, TODAY);

        assertThat(filled.rows().get(0).where()).isEqualTo("ALL.docx table row 2");
        assertThat(filled.rows().get(1).where()).isEqualTo("ALL.docx table row 3");
        assertThat(filled.sent().get(id)).hasSize(ReturnForm.NEW_STATUS).containsExactlyElementsOf(ProgressRequest.readOnly(plan, led.get(0)));
        assertThat(filled.sent()).doesNotContainKey("");
        assertThat(filled.rows().get(0).cells()).hasSize(ReturnForm.NEW_STATUS);
        assertThat(filled.rows().get(0).status()).as("the prompt is no answer").isEmpty();
        assertThat(filled.rows().get(0).note()).isEmpty();
    }

    @Test
    void aFormWhoseTableWasDeletedIsRefusedByName() throws IOException {
        XWPFDocument copy = copy(form);
        copy.removeBodyElement(copy.getPosOfTable(copy.getTables().get(0)));
        assertThatThrownBy(() -> WordForm.read(Path.of("ALL.docx"), copy, plan, TODAY)).isInstanceOf(UserError.class)
                .hasMessage("ALL.docx has lost its table of actions, so it cannot be read back");
    }

    private CTSdtRun control(String tag) {
        List<CTSdtRun> found = new ArrayList<>();
        for (var row : form.getTables().get(0).getRows()) {
            for (var cell : row.getTableCells()) {
                for (var sdt : cell.getParagraphs().get(0).getCTP().getSdtList()) {
                    if (tag.equals(sdt.getSdtPr().getTag().getVal())) {
                        found.add(sdt);
                    }
                }
            }
        }
        assertThat(found).as(tag).hasSize(1);
        return found.get(0);
    }

    private static String shown(CTSdtRun control) {
        return control.getSdtContent().getRArray(0).getTArray(0).getStringValue();
    }

    private static XWPFDocument copy(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
