package dev.prevent.adopt;

import dev.prevent.model.Action;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A test's Word document built the way councils' Word plans are (the shipped plan's original among them), made
 * here with POI so that no binary of unknown origin is needed: a title above the table, a heading row marked to
 * repeat on each page, each objective a row merged across the table, each theme one too, a lead cell merged down
 * over the actions under it that have the same lead or none (1.1's ALL over the six actions of its theme), success criteria as bulleted paragraphs, bold runs where the text
 * has {@code **}, the Progress cell shaded in the status's colour, and one action's row split in two as a page
 * break leaves a table pasted from a PDF.
 */
final class WordPlanTable {

    static final List<String> HEADINGS = List.of("ACTION", "LEAD", "SUCCESS CRITERIA", "TIME", "RESOURCES",
            "Progress Red – behind Blue – ongoing Green – on target", "COMMENTS/ PROGRESS");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final String[] NUMBERS = {"Zero", "One", "Two", "Three", "Four", "Five"};

    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger bullets;
    private XWPFTable table;
    private int width = HEADINGS.size();

    WordPlanTable() {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    /**
     * The plan as its Word original would hold it; {@code splitAction} is the id of the action whose row is
     * broken in two (its second half of criteria and notes in a row with no ACTION), or null.
     */
    static void write(Plan plan, Path file, String splitAction, boolean shadeProgress) throws IOException {
        WordPlanTable word = new WordPlanTable();
        word.paragraph(plan.title() + " " + plan.period(), true);
        word.table();
        word.headingRow(true);
        for (Objective objective : plan.objectives()) {
            word.acrossRow("Objective " + NUMBERS[Integer.parseInt(objective.id())] + ": " + objective.name().toUpperCase(java.util.Locale.ROOT));
            String theme = null;
            int themes = 0;
            XWPFTableCell leadAbove = null;
            List<String> leadsAbove = List.of();
            for (Action action : objective.actions()) {
                if (action.theme() != null && !Objects.equals(action.theme(), theme)) {
                    theme = action.theme();
                    word.acrossRow(++themes + ") " + theme);
                    leadAbove = null;
                }
                Status status = action.status() == null ? null : plan.status(action.status()).orElseThrow();
                XWPFTableRow row = word.table.createRow();
                List<String> criteria = action.successCriteria();
                List<String> notes = action.notes() == null ? List.of() : action.notes().strip().lines().toList();
                boolean split = action.id().equals(splitAction);
                List<String> firstCriteria = split ? criteria.subList(0, criteria.size() / 2) : criteria;
                List<String> firstNotes = split ? notes.subList(0, notes.size() / 2) : notes;
                word.text(row.getCell(0), List.of(action.action().strip()), false);
                XWPFTableCell lead = row.getCell(1);
                // A lead written once and merged down over the rows under it that have the same lead, or none.
                if (leadAbove != null && (action.lead().isEmpty() || action.lead().equals(leadsAbove))) {
                    merge(lead, STMerge.CONTINUE);
                } else {
                    word.text(lead, List.of(String.join("/", action.lead())), false);
                    merge(lead, STMerge.RESTART);
                    leadAbove = lead;
                    leadsAbove = action.lead();
                }
                word.text(row.getCell(2), firstCriteria, true);
                word.text(row.getCell(3), action.timescale() == null ? List.of() : List.of(action.timescale().written()), false);
                word.text(row.getCell(4), action.resources(), false);
                if (status != null) {
                    if (shadeProgress && status.colour() != null) {
                        row.getCell(5).setColor(status.colour().substring(1).toUpperCase(java.util.Locale.ROOT));
                    } else {
                        word.text(row.getCell(5), List.of(status.label()), false);
                    }
                }
                word.text(row.getCell(6), firstNotes, false);
                if (split) {
                    XWPFTableRow rest = word.table.createRow();
                    merge(rest.getCell(1), STMerge.CONTINUE);
                    word.text(rest.getCell(2), criteria.subList(criteria.size() / 2, criteria.size()), true);
                    word.text(rest.getCell(6), notes.subList(notes.size() / 2, notes.size()), false);
                }
            }
            // The heading row again, as a table pasted from a PDF repeats it at the top of each page.
            word.headingRow(false);
        }
        word.save(file);
    }

    XWPFParagraph paragraph(String text, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
        return paragraph;
    }

    void table() {
        table = document.createTable(1, width);
    }

    void headingRow(boolean first) {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        row.setRepeatHeader(first);
        for (int i = 0; i < width; i++) {
            text(row.getCell(i), List.of("**" + HEADINGS.get(i) + "**"), false);
        }
    }

    /** A row of one cell spanning the table: an objective's or a theme's heading. */
    void acrossRow(String text) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(width));
        text(cell, List.of("**" + text + "**"), false);
    }

    static void merge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(how);
    }

    /** Paragraphs of text in a cell, {@code **bold**} as bold runs; bulleted when asked. */
    void text(XWPFTableCell cell, List<String> paragraphs, boolean bulleted) {
        boolean first = true;
        for (String text : paragraphs) {
            XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            if (bulleted) {
                paragraph.setNumID(bullets);
            }
            Matcher bold = BOLD.matcher(text);
            int at = 0;
            while (bold.find()) {
                paragraph.createRun().setText(text.substring(at, bold.start()));
                XWPFRun run = paragraph.createRun();
                run.setBold(true);
                run.setText(bold.group(1));
                at = bold.end();
            }
            paragraph.createRun().setText(text.substring(at));
        }
    }

    XWPFDocument document() {
        return document;
    }

    XWPFTable currentTable() {
        return table;
    }

    void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        document.close();
    }

    /** Rows of plain cells, for a test that builds its own table: the first row is the headings. */
    static void writeRows(Path file, List<List<String>> rows) throws IOException {
        WordPlanTable word = new WordPlanTable();
        word.width = rows.get(0).size();
        word.table();
        List<List<String>> all = new ArrayList<>(rows);
        for (int r = 0; r < all.size(); r++) {
            XWPFTableRow row = r == 0 ? word.table.getRow(0) : word.table.createRow();
            for (int c = 0; c < word.width; c++) {
                word.text(row.getCell(c), all.get(r).get(c).lines().toList(), false);
            }
        }
        word.save(file);
    }
}
