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
            WordKit.page(WordKit.lastSection(document), WordKit.A4_LONG, WordKit.A4_SHORT, true, 720, 720, 720, 720);
            String[] header = ProgressRequest.header(plan, agency, meeting, due, returnTo);
            WordKit.heading(document, 1, header[0]);
            for (int i = 1; i < header.length; i++) {
                WordKit.run(document.createParagraph(), i == 2 ? header[i].replace("yellow 'New status' column", "'New status' column")
                        : header[i], false);
            }
            // The action and the notes get the room; ids, days and labels never break inside a word.
            int[] shares = {6, 18, 30, 22, 15, 12, 12, 12, 18, 13, 28, 16};
            int total = Arrays.stream(shares).sum();
            int[] widths = Arrays.stream(shares).map(share -> WIDTH * share / total).toArray();
            XWPFTable table = WordKit.table(document, ReturnForm.HEADINGS, widths);
            List<String> labels = plan.statuses().stream().map(s -> s.label()).toList();
            for (Action action : actions) {
                List<String> readOnly = ProgressRequest.readOnly(plan, action);
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                for (int c = 0; c < widths.length; c++) {
                    WordKit.cellWidth(row.getCell(c), widths[c]);
                }
                for (int c = 0; c < readOnly.size(); c++) {
                    WordKit.text(row.getCell(c), readOnly.get(c), false);
                }
                dropDown(row.getCell(ReturnForm.NEW_STATUS), STATUS_TAG + action.id(), labels);
                note(row.getCell(ReturnForm.NOTE), NOTE_TAG + action.id());
                date(row.getCell(ReturnForm.DATE), DATE_TAG + action.id());
                custom.addProperty(FINGERPRINT + action.id(), ReturnForm.fingerprint(action));
                // One property per cell: XML cannot carry a control character to join them with.
                for (int c = 0; c < readOnly.size(); c++) {
                    custom.addProperty(CELLS + action.id() + "#" + c, readOnly.get(c));
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

    /** The filled form's content, for {@link ProgressReturn#answers}. */
    static ProgressReturn.Filled read(Path file, XWPFDocument document) {
        var custom = document.getProperties().getCustomProperties();
        Map<String, String> properties = new HashMap<>();
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
            } else {
                properties.put(name, value);
            }
        }
        List<ProgressReturn.FilledRow> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        for (XWPFTable table : document.getTables()) {
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = new ArrayList<>();
                Map<String, String> controls = new HashMap<>();
                for (int c = 0; c < row.getTableCells().size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    if (c < ReturnForm.NEW_STATUS) {
                        cells.add(cell.getText().strip());
                    }
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        for (var run : paragraph.getIRuns()) {
                            if (run instanceof XWPFSDT sdt && sdt.getTag() != null) {
                                controls.put(sdt.getTag(), sdt.getContent().getText());
                            }
                        }
                    }
                }
                String id = cells.isEmpty() ? "" : cells.get(0);
                String status = controls.getOrDefault(STATUS_TAG + id, "").strip();
                String note = controls.getOrDefault(NOTE_TAG + id, "").strip();
                rows.add(new ProgressReturn.FilledRow(name + " table row " + (r + 1), id, cells, status.equals(CHOOSE) ? "" : status,
                        note.equals(WRITE) ? "" : note, null, controls.getOrDefault(DATE_TAG + id, "").strip()));
            }
        }
        if (rows.isEmpty()) {
            throw new UserError(file + " has lost its table of actions, so it cannot be read back");
        }
        return new ProgressReturn.Filled(properties, fingerprints, sent, rows);
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
        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
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
