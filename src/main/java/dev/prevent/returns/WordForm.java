package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

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

    static byte[] document(Plan plan, Agency agency, List<Action> actions, LocalDate meeting, LocalDate due, LocalDate today,
            String returnTo) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var custom = ReturnForm.describe(document.getProperties(), plan, agency, today, meeting, due);
            landscape(document);
            String[] header = ProgressRequest.header(plan, agency, meeting, due, returnTo);
            for (int i = 0; i < header.length; i++) {
                XWPFParagraph paragraph = document.createParagraph();
                if (i == 0) {
                    paragraph.setStyle("Title");
                }
                var run = paragraph.createRun();
                run.setText(i == 2 ? header[i].replace("yellow 'New status' column", "'New status' column") : header[i]);
                run.setBold(i == 0);
                run.setFontSize(i == 0 ? 14 : 10);
            }
            XWPFTable table = document.createTable(actions.size() + 1, ReturnForm.HEADINGS.size());
            table.setWidth("100%");
            // The action and the notes get the room; ids, days and labels never break inside a word.
            int[] widths = {6, 18, 30, 22, 15, 12, 12, 12, 18, 13, 28, 16};
            int total = Arrays.stream(widths).sum();
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < widths.length; c++) {
                long twips = 15398L * widths[c] / total;
                (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(twips));
                for (XWPFTableRow row : table.getRows()) {
                    row.getCell(c).setWidth(String.valueOf(twips));
                }
            }
            XWPFTableRow headings = table.getRow(0);
            headings.setRepeatHeader(true);
            for (int c = 0; c < ReturnForm.HEADINGS.size(); c++) {
                text(headings.getCell(c), ReturnForm.HEADINGS.get(c), true);
            }
            List<String> labels = plan.statuses().stream().map(s -> s.label()).toList();
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                List<String> readOnly = ProgressRequest.readOnly(plan, action);
                XWPFTableRow row = table.getRow(i + 1);
                row.setCantSplitRow(true);
                for (int c = 0; c < readOnly.size(); c++) {
                    text(row.getCell(c), readOnly.get(c), false);
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

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft,
                margins::setRight)) {
            set.accept(BigInteger.valueOf(720));
        }
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        var run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(8);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static CTSdtRun control(XWPFTableCell cell, String tag, String alias, String shown, boolean placeholder) {
        CTSdtRun sdt = cell.getParagraphs().get(0).getCTP().addNewSdt();
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
