package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.output.WordKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;

/**
 * The progress return as a Word form, for partners who will only open Word: the same columns as the Excel form, the
 * three to fill being content controls (a drop-down of the plan's statuses, a text that may run to several lines, a
 * date picker), each tagged with the action's id; the document restricted to filling in forms. What is needed to read
 * it back is in its custom properties.
 */
final class WordForm {

    private WordForm() {
    }

    static final String STATUS_TAG = "prevent-status:";
    static final String NOTE_TAG = "prevent-note:";
    static final String DATE_TAG = "prevent-date:";
    static final String CHOOSE = "Choose a status";
    static final String WRITE = "Write what has happened";
    /** Custom properties holding, per action, what was sent: its fingerprint and its read-only cells. */
    static final String FINGERPRINT = "prevent-fingerprint-";
    static final String CELLS = "prevent-cells-";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    /** The page between its margins: landscape A4 less half an inch each side, in twentieths of a point. */
    static final int WIDTH = WordKit.A4_LONG - 2 * 720;

    static byte[] document(Plan plan, Agency agency, List<Action> actions, LocalDate meeting, LocalDate due, LocalDate today,
            String returnTo) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var custom = ReturnForm.describe(document.getProperties(), plan, agency, today, meeting, due);
            WordKit.styles(document);
            // A form is read on paper as often as on screen: its table text is 9 pt, not the papers' 8, by style as well as
            // by run, so that a program drawing a control's prompt from the paragraph's style (LibreOffice) keeps the size.
            document.getStyles().getStyle("TableText").getCTStyle().getRPr().getSzArray(0).setVal(BigInteger.valueOf(HALF_POINTS));
            WordKit.page(WordKit.lastSection(document), WordKit.A4_LONG, WordKit.A4_SHORT, true, 720, 720, 720, 720);
            String[] header = ProgressRequest.header(plan, agency, meeting, due, returnTo);
            WordKit.heading(document, 1, header[0]);
            for (int i = 1; i < header.length; i++) {
                WordKit.run(document.createParagraph(), i == 2 ? header[i].replace("yellow 'New status' column", "'New status' column")
                        : header[i], false);
            }
            List<List<String>> readOnly = actions.stream().map(a -> ProgressRequest.readOnly(plan, a)).toList();
            List<Integer> shown = ReturnForm.shown(readOnly);
            List<String> headings = ReturnForm.headings(shown);
            int[] widths = widths(headings, actions);
            XWPFTable table = WordKit.table(document, headings, widths);
            table.getRow(0).getTableCells().forEach(WordForm::readable);
            int status = shown.size();
            List<String> labels = plan.statuses().stream().map(s -> s.label()).toList();
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                List<String> cells = readOnly.get(i);
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                for (int c = 0; c < widths.length; c++) {
                    WordKit.cellWidth(row.getCell(c), widths[c]);
                }
                for (int c = 0; c < shown.size(); c++) {
                    WordKit.text(row.getCell(c), cells.get(shown.get(c)), false);
                    readable(row.getCell(c));
                }
                // An id is one word: never broken over two lines.
                noWrap(row.getCell(0));
                dropDown(row.getCell(status), STATUS_TAG + action.id(), labels);
                note(row.getCell(status + 1), NOTE_TAG + action.id());
                date(row.getCell(status + 2), DATE_TAG + action.id());
                custom.addProperty(FINGERPRINT + action.id(), ReturnForm.fingerprint(action));
                // One property per cell: XML cannot carry a control character to join them with.
                for (int c = 0; c < cells.size(); c++) {
                    custom.addProperty(CELLS + action.id() + "#" + c, cells.get(c));
                }
            }
            // Filling in forms only: the content controls can be changed, nothing else (no password: it prevents accidents).
            document.enforceFillingFormsProtection();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the document says of itself (its custom properties), and its first two lines: who and which round it is. */
    static FormIdentity identity(Path file, XWPFDocument document, Plan plan, LocalDate today) {
        var custom = document.getProperties().getCustomProperties();
        Map<String, String> said = new HashMap<>();
        for (String name : ReturnForm.IDENTITY_NAMES) {
            var property = custom.getProperty(name);
            if (property != null) {
                said.put(name, property.getLpwstr() == null ? "" : property.getLpwstr());
            }
        }
        List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                .filter(line -> !line.isEmpty()).limit(2).toList();
        return FormIdentity.of(file, said, lines.isEmpty() ? "" : lines.get(0), lines.size() < 2 ? "" : lines.get(1), plan, today);
    }

    /**
     * The filled form's content, for {@link ProgressReturn#answers}. Each answer is read from its content control, found
     * by its tag; where a program dropped the tags (LibreOffice Writer does on saving), from the cell of its column.
     */
    static ProgressReturn.Filled read(Path file, XWPFDocument document, Plan plan, LocalDate today) {
        FormIdentity identity = identity(file, document, plan, today);
        var custom = document.getProperties().getCustomProperties();
        Map<String, String> fingerprints = new HashMap<>();
        Map<String, List<String>> sent = new HashMap<>();
        for (var property : custom.getUnderlyingProperties().getPropertyList()) {
            String name = property.getName();
            String value = property.getLpwstr() == null ? "" : property.getLpwstr();
            if (name.startsWith(FINGERPRINT)) {
                fingerprints.put(name.substring(FINGERPRINT.length()), value);
            } else if (name.startsWith(CELLS) && name.lastIndexOf('#') > CELLS.length()) {
                String id = name.substring(CELLS.length(), name.lastIndexOf('#'));
                int column = Integer.parseInt(name.substring(name.lastIndexOf('#') + 1));
                List<String> cells = sent.computeIfAbsent(id, k -> new ArrayList<>(java.util.Collections.nCopies(ReturnForm.NEW_STATUS, "")));
                if (column >= 0 && column < cells.size()) {
                    cells.set(column, value);
                }
            }
        }
        List<ProgressReturn.FilledRow> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        for (XWPFTable table : document.getTables()) {
            if (table.getRows().isEmpty()) {
                continue;
            }
            // Each column by its heading: a form shows only the columns its actions fill.
            int[] column = new int[ReturnForm.HEADINGS.size()];
            Arrays.fill(column, -1);
            List<XWPFTableCell> headings = table.getRow(0).getTableCells();
            for (int c = 0; c < headings.size(); c++) {
                int heading = ReturnForm.HEADINGS.indexOf(headings.get(c).getText().strip());
                if (heading >= 0 && column[heading] < 0) {
                    column[heading] = c;
                }
            }
            if (column[0] < 0 || column[ReturnForm.NEW_STATUS] < 0 || column[ReturnForm.NOTE] < 0) {
                continue;
            }
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ReturnForm.NEW_STATUS; c++) {
                    cells.add(column[c] < 0 || column[c] >= row.getTableCells().size() ? null : row.getCell(column[c]).getText().strip());
                }
                String id = cells.get(0) == null ? "" : cells.get(0);
                String status = answer(row, column[ReturnForm.NEW_STATUS], STATUS_TAG + id, CHOOSE);
                String note = answer(row, column[ReturnForm.NOTE], NOTE_TAG + id, WRITE);
                String date = answer(row, column[ReturnForm.DATE], DATE_TAG + id, DATE_PROMPT);
                rows.add(new ProgressReturn.FilledRow(name + " table row " + (r + 1), id, cells, status, note, null, date));
            }
        }
        if (rows.isEmpty()) {
            throw new UserError(file + " has lost its table of actions, so it cannot be read back");
        }
        return new ProgressReturn.Filled(identity, fingerprints, sent, rows);
    }

    /**
     * The answer in column {@code column} of {@code row}: its content control tagged {@code tag}, else (the tags lost)
     * the cell's text; the words the control shows when empty ({@code prompt}) are no answer.
     */
    private static String answer(XWPFTableRow row, int column, String tag, String prompt) {
        if (column < 0 || column >= row.getTableCells().size()) {
            return "";
        }
        XWPFTableCell cell = row.getCell(column);
        String text = null;
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (var run : paragraph.getIRuns()) {
                if (run instanceof XWPFSDT sdt && tag.equals(sdt.getTag())) {
                    text = sdt.getContent().getText();
                }
            }
        }
        if (text == null) {
            text = String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        text = text.strip();
        return text.equalsIgnoreCase(prompt) ? "" : text;
    }

    /** The smallest type the form prints, in half-points: 9 pt, as readable on paper as on a laptop. */
    static final int HALF_POINTS = 18;

    /**
     * Each column's width: the id's column as wide as the longest id at 9 pt (so "3.10" is never "3." and "10"), the
     * rest shared by what each column holds, the action and the notes getting the room.
     */
    private static int[] widths(List<String> headings, List<Action> actions) {
        int longest = Math.max(2, actions.stream().mapToInt(a -> a.id().length()).max().orElse(2));
        // About 130 twentieths of a point a character of Arial at 9 pt, with the cell's margins and a little air.
        int id = longest * 130 + 2 * WordKit.CELL_MARGIN + 120;
        Map<String, Integer> shares = Map.ofEntries(Map.entry("Title", 16), Map.entry("Action", 30), Map.entry("Success criteria", 22),
                Map.entry("Timescale", 14), Map.entry("Due", 13), Map.entry("Status now", 12), Map.entry("Newest update", 13),
                Map.entry("Its note", 18), Map.entry("New status", 14), Map.entry("Progress note", 28), Map.entry("Date of update", 16));
        int total = headings.stream().skip(1).mapToInt(shares::get).sum();
        int[] widths = new int[headings.size()];
        widths[0] = id;
        for (int c = 1; c < headings.size(); c++) {
            widths[c] = (WIDTH - id) * shares.get(headings.get(c)) / total;
        }
        return widths;
    }

    /** Every run of the cell at 9 pt at least. */
    private static void readable(XWPFTableCell cell) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (var run : paragraph.getRuns()) {
                run.setFontSize(HALF_POINTS / 2);
            }
        }
    }

    private static void noWrap(XWPFTableCell cell) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewNoWrap();
    }

    private static CTSdtRun control(XWPFTableCell cell, String tag, String alias, String shown, boolean placeholder) {
        XWPFParagraph paragraph = WordKit.paragraph(cell);
        CTSdtRun sdt = paragraph.getCTP().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewTag().setVal(tag);
        pr.addNewAlias().setVal(alias);
        if (placeholder) {
            pr.addNewShowingPlcHdr();
        }
        var run = sdt.addNewSdtContent().addNewR();
        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(HALF_POINTS));
        run.addNewT().setStringValue(shown);
        return sdt;
    }

    private static void dropDown(XWPFTableCell cell, String tag, List<String> labels) {
        CTSdtRun sdt = control(cell, tag, "New status", CHOOSE, true);
        var list = sdt.getSdtPr().addNewDropDownList();
        for (String label : labels) {
            var item = list.addNewListItem();
            item.setDisplayText(label);
            item.setValue(label);
        }
    }

    private static void note(XWPFTableCell cell, String tag) {
        CTSdtRun sdt = control(cell, tag, "Progress note", WRITE, true);
        sdt.getSdtPr().addNewText().setMultiLine(Boolean.TRUE);
    }

    /** What an empty date control shows: read back as no day, so the answer is dated the day the form is read. */
    static final String DATE_PROMPT = "dd/mm/yyyy";

    /** A date picker left empty: the partner writes the day of the update, never a day filled in for them (the meeting's). */
    private static void date(XWPFTableCell cell, String tag) {
        CTSdtRun sdt = control(cell, tag, "Date of update", DATE_PROMPT, false);
        var date = sdt.getSdtPr().addNewDate();
        date.addNewDateFormat().setVal("dd/MM/yyyy");
        date.addNewLid().setVal("en-GB");
    }
}
