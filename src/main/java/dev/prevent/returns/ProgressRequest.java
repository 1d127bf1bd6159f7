package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.output.LongDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code prevent request}: for each lead agency, an Excel form of its open actions for the partner to fill in before
 * a meeting: what each action is and where it stands, then three cells to fill (a new status from a drop-down of the
 * plan's own labels, a progress note, the day). Only those cells can be changed (sheet protection without a password:
 * it prevents accidents, not intent), and the form carries what is needed to read it back safely.
 */
public final class ProgressRequest {

    private ProgressRequest() {
    }

    /**
     * When and to whom the forms go back, with the defaults filled in: the meeting (the plan's next listed meeting,
     * else in 14 days), the day they are due (a week before the meeting, or the meeting's day when that is sooner
     * than today), and who they go back to (plan.yaml's contact, else its owner).
     */
    public record Schedule(LocalDate meeting, LocalDate due, String returnTo) {

        /** The schedule asked for; any of {@code meeting}, {@code due} and {@code returnTo} may be null for its default. */
        public static Schedule of(Plan plan, LocalDate meeting, LocalDate due, String returnTo, LocalDate today) {
            LocalDate day = meeting != null ? meeting
                    : plan.meetings().days().stream().filter(d -> d.isAfter(today)).sorted().findFirst().orElse(today.plusDays(14));
            LocalDate back = due != null ? due : day.minusDays(7).isAfter(today) ? day.minusDays(7) : day;
            String who = returnTo != null ? returnTo : ProgressRequest.returnTo(plan);
            return new Schedule(day, back, who);
        }
    }

    /** Whom forms go back to unless told: plan.yaml's contact, else its owner, else "the Prevent coordinator". */
    static String returnTo(Plan plan) {
        return contact(plan) != null ? contact(plan) : plan.owner() != null ? plan.owner() : "the Prevent coordinator";
    }

    /** The plan's contact as a form names whom to return it to: "Jo Bloggs (prevent@council.example.gov.uk)", or null. */
    private static String contact(Plan plan) {
        var contact = plan.contact();
        if (contact == null || contact.email() == null && contact.name() == null) {
            return null;
        }
        return contact.name() == null ? contact.email() : contact.email() == null ? contact.name()
                : contact.name() + " (" + contact.email() + ")";
    }

    /**
     * One agency's form.
     *
     * @param file    its file name, e.g. "COLP progress return 2026-12-10.xlsx"
     * @param actions how many actions it holds
     */
    public record Form(Agency agency, String file, byte[] bytes, int actions, FormFormat format) {

        /** The name of the form's draft email, beside it: the form's own with {@code .eml}. */
        public String draftFile() {
            return file.replaceAll("\\.[a-z]+$", ".eml");
        }
    }

    /**
     * The forms of the agencies {@code leads} (none: every agency that leads an open action), for the meeting on
     * {@code meeting}, to be returned by {@code due} to {@code returnTo}.
     *
     * @throws UserError (exit 2) for a code that is no agency of the plan, or an agency that leads no open action
     */
    public static List<Form> of(Plan plan, List<String> leads, LocalDate meeting, LocalDate due, LocalDate today, String returnTo,
            FormFormat format) {
        Map<String, List<Action>> open = new LinkedHashMap<>();
        plan.agencies().forEach(a -> open.put(a.code(), new ArrayList<>()));
        plan.actions().filter(a -> a.openOn(today, plan))
                .forEach(a -> a.lead().forEach(code -> plan.agency(code).ifPresent(agency -> open.get(agency.code()).add(a))));
        List<Agency> chosen = new ArrayList<>();
        for (String code : leads) {
            Agency agency = plan.agency(code).orElseThrow(() -> new UserError("no agency '" + code + "' in this plan; the agencies are "
                    + String.join(", ", plan.agencies().stream().map(Agency::code).toList())));
            if (open.get(agency.code()).isEmpty()) {
                throw new UserError(agency.code() + " (" + agency.name() + ") leads no open action, so it has nothing to report");
            }
            chosen.add(agency);
        }
        if (leads.isEmpty()) {
            plan.agencies().stream().filter(a -> !open.get(a.code()).isEmpty()).forEach(chosen::add);
        }
        List<Form> forms = new ArrayList<>();
        for (Agency agency : chosen) {
            List<Action> actions = open.get(agency.code());
            // The code made safe for a file's name: whatever plan.yaml holds, the form stays in its folder.
            forms.add(new Form(agency, dev.prevent.model.Code.inFileName(agency.code()) + " progress return " + meeting + "." + format.extension(),
                    format.make(plan, agency, actions, meeting, due, today, returnTo), actions.size(), format));
        }
        return forms;
    }

    static byte[] workbook(Plan plan, Agency agency, List<Action> actions, LocalDate meeting, LocalDate due,
            LocalDate today, String returnTo) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReturnForm.describe(workbook.getProperties(), plan, agency, today, meeting, due);
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(ReturnForm.SHEET);
            XSSFSheet statuses = workbook.createSheet(ReturnForm.STATUSES);
            XSSFSheet keys = workbook.createSheet(ReturnForm.KEYS);
            header(sheet, styles, plan, agency, meeting, due, returnTo);
            List<List<String>> readOnly = actions.stream().map(a -> readOnly(plan, a)).toList();
            List<Integer> shown = ReturnForm.shown(readOnly);
            List<String> headingsShown = ReturnForm.headings(shown);
            int status = shown.size();
            XSSFRow headings = sheet.createRow(ReturnForm.HEADING_ROW);
            for (int c = 0; c < headingsShown.size(); c++) {
                var cell = headings.createCell(c);
                cell.setCellValue(headingsShown.get(c));
                cell.setCellStyle(c >= status ? styles.inputHeading : styles.heading);
            }
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                XSSFRow row = sheet.createRow(ReturnForm.HEADING_ROW + 1 + i);
                List<String> cells = readOnly.get(i);
                for (int c = 0; c < shown.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(shown.get(c)));
                    cell.setCellStyle(styles.text);
                }
                row.setHeightInPoints(LINE_POINTS * lines(cells));
                row.createCell(status).setCellStyle(styles.input);
                row.createCell(status + 1).setCellStyle(styles.input);
                // Empty: the partner writes the day of the update; left empty, the answer is dated the day it is read.
                row.createCell(status + 2).setCellStyle(styles.inputDate);
                XSSFRow key = keys.createRow(i);
                key.createCell(0).setCellValue(action.id());
                key.createCell(1).setCellValue(ReturnForm.fingerprint(action));
                for (int c = 0; c < cells.size(); c++) {
                    key.createCell(2 + c).setCellValue(cells.get(c));
                }
            }
            // What the form is, in cells every program keeps; the custom properties are the second copy.
            XSSFSheet identity = workbook.createSheet(ReturnForm.IDENTITY);
            int r = 0;
            for (var property : ReturnForm.identity(plan, agency, today, meeting, due).entrySet()) {
                XSSFRow row = identity.createRow(r++);
                row.createCell(0).setCellValue(property.getKey());
                row.createCell(1).setCellValue(property.getValue());
            }
            for (int s = 0; s < plan.statuses().size(); s++) {
                statuses.createRow(s).createCell(0).setCellValue(plan.statuses().get(s).label());
            }
            if (!actions.isEmpty()) {
                XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
                DataValidationConstraint list = helper.createFormulaListConstraint(
                        "'" + ReturnForm.STATUSES + "'!$A$1:$A$" + plan.statuses().size());
                DataValidation validation = helper.createValidation(list, new CellRangeAddressList(ReturnForm.HEADING_ROW + 1,
                        ReturnForm.HEADING_ROW + actions.size(), status, status));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Choose a status", "Choose one of the plan's statuses from the list.");
                validation.setShowPromptBox(true);
                validation.createPromptBox("New status", "The action's status now, from the list; leave it empty if it has not changed.");
                sheet.addValidationData(validation);
            }
            for (int c = 0; c < headingsShown.size(); c++) {
                sheet.setColumnWidth(c, WIDTHS[ReturnForm.HEADINGS.indexOf(headingsShown.get(c))] * 256);
            }
            sheet.createFreezePane(2, ReturnForm.HEADING_ROW + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.enableLocking();
            workbook.setSheetHidden(workbook.getSheetIndex(statuses), true);
            workbook.setSheetVisibility(workbook.getSheetIndex(keys), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            workbook.setSheetVisibility(workbook.getSheetIndex(identity), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each column's width in characters: the action, the last note and the progress note get the room. */
    private static final int[] WIDTHS = {7, 24, 46, 32, 13, 17, 16, 17, 36, 18, 46, 14};
    private static final float LINE_POINTS = 15f;

    /**
     * How many lines the row's wrapped cells take at most (Excel and LibreOffice do not grow a row that a program
     * wrote): at least three, so there is room to write a note.
     */
    private static int lines(List<String> cells) {
        int lines = 3;
        for (int c = 0; c < cells.size(); c++) {
            int count = 0;
            for (String line : cells.get(c).split("\n", -1)) {
                count += Math.max(1, (int) Math.ceil(line.length() / (WIDTHS[c] * 0.95)));
            }
            lines = Math.max(lines, count);
        }
        return Math.min(lines, 20);
    }

    /** The cells the partner reads but does not change: what the action is and where it stands. */
    static List<String> readOnly(Plan plan, Action action) {
        // The newest entry that says what happened: an entry that only says where it came from is no progress.
        Update last = null;
        for (Update update : action.updates()) {
            if (update.saysWhatHappened() && (last == null || update.date() == null || last.date() == null
                    || !update.date().isBefore(last.date()))) {
                last = update;
            }
        }
        String status = action.status() == null ? "Not assessed"
                : plan.status(action.status()).map(Status::label).orElse(action.status());
        // The title only where the action has one of its own: else the title column would repeat the action's text.
        return List.of(action.id(), action.titled() ? plain(action.heading()) : "", action.action() == null ? "" : plain(action.action()),
                String.join("\n", action.successCriteria().stream().map(c -> "• " + plain(c)).toList()),
                action.timescale() == null ? "" : action.timescale().written(),
                action.due().map(LongDate::of).orElse(""), status,
                last == null || last.date() == null ? "" : LongDate.of(last.date()),
                last == null || last.note() == null ? "" : plain(last.note()));
    }

    /** A plan text's Markdown as the words it shows: a form cell is plain text. */
    static String plain(String markdown) {
        return dev.prevent.output.PlainText.of(markdown);
    }

    private static void header(XSSFSheet sheet, Styles styles, Plan plan, Agency agency, LocalDate meeting, LocalDate due,
            String returnTo) {
        String[] lines = header(plan, agency, meeting, due, returnTo);
        for (int i = 0; i < lines.length; i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(i == 0 ? styles.title : styles.plain);
        }
    }

    /** The form's first lines: whose it is, for which meeting, what to do, and by when to whom. */
    static String[] header(Plan plan, Agency agency, LocalDate meeting, LocalDate due, String returnTo) {
        return new String[] {
            "Progress return: " + agency.name() + " (" + agency.code() + ")",
            plan.title() + ", " + plan.period() + ". For the working group meeting on " + LongDate.of(meeting) + ".",
            "For each action, choose its status now in the yellow 'New status' column, write what has happened in "
                    + "'Progress note', and check the date of the update. Leave a row empty if nothing has changed.",
            "Please return this file to " + returnTo + " by " + LongDate.of(due) + ". The other columns cannot be changed: "
                    + "they are how the plan knows each action.",
        };
    }

    /** The form's cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle heading;
        final CellStyle inputHeading;
        final CellStyle text;
        final CellStyle input;
        final CellStyle inputDate;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            plain = workbook.createCellStyle();
            heading = bordered(workbook);
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setWrapText(true);
            inputHeading = bordered(workbook);
            inputHeading.setFont(bold);
            fill(inputHeading, workbook);
            inputHeading.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            input = bordered(workbook);
            input.setLocked(false);
            input.setWrapText(true);
            fill(input, workbook);
            inputDate = bordered(workbook);
            inputDate.setLocked(false);
            fill(inputDate, workbook);
            inputDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        /** The pale yellow of the cells to fill in. */
        private static void fill(CellStyle style, XSSFWorkbook workbook) {
            ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
