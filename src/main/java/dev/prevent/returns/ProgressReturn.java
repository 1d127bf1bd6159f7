package dev.prevent.returns;

import dev.prevent.adopt.OfficeZip;
import dev.prevent.edit.Changeset;
import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.output.LongDate;
import dev.prevent.words.DayWords;
import dev.prevent.words.ProgressWords;
import dev.prevent.words.StatusWords;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code prevent returns}: a filled progress return read back, answer by answer, against the plan as it is now and as
 * it was when the form was made. A form of another plan or year is refused whole; a row for an action the agency was
 * not asked about, an answer whose action moved on since (unless forced), an edit outside the input cells and a status
 * that cannot be read are each listed, never applied; an empty row is skipped; an answer already in the log adds
 * nothing, so a form returned twice changes nothing the second time.
 */
public final class ProgressReturn {

    /** The largest form read: a return of a few hundred actions is well under a megabyte. */
    static final long MAX_BYTES = 16L << 20;

    /**
     * A form as read.
     *
     * @param answers  the answers to record, each as {@code prevent update} would
     * @param notes    what was not applied and why, and what was guessed, each one line
     * @param conflicts the answers not applied because their action changed since the form was made (see --force)
     * @param recorded how many answers were in the log already
     */
    public record Reading(Path file, Agency agency, LocalDate requested, LocalDate meeting, List<PlanEditor.Request> answers,
            List<String> notes, List<String> conflicts, int recorded) {

        /** The one line that says what the return is, for its commit. */
        public String message() {
            return "Progress from " + agency.code() + " for the meeting of " + LongDate.of(meeting) + ": " + answers.size()
                    + (answers.size() == 1 ? " action" : " actions");
        }

        /** The change that records the answers, or empty when there is nothing new to record. */
        public Optional<Changeset> change(PlanEditor editor) {
            return answers.isEmpty() ? Optional.empty() : editor.updates(answers, message());
        }
    }

    private ProgressReturn() {
    }

    /**
     * Reads the return {@code file} against {@code plan}.
     *
     * @param force apply an answer whose action changed since the form was made, rather than list it
     * @throws UserError (exit 2) when the file is not a progress return of this plan and year, or cannot be read
     */
    public static Reading read(Path file, Plan plan, boolean force, LocalDate today) {
        return opened(file, workbook -> answers(file, filled(file, workbook, plan, today), plan, force, today),
                document -> answers(file, WordForm.read(file, document, plan, today), plan, force, today));
    }

    /**
     * Who a form was sent to, and when: read from the form itself; {@code requested} null when it had to be guessed,
     * {@code due} null when the form no longer says.
     */
    public record Sent(Path file, String agency, LocalDate requested, LocalDate meeting, LocalDate due) {
    }

    /**
     * Who the form {@code file} was sent to, and when, without reading its answers; a form whose identity a program
     * dropped is guessed from its first lines and name, its meeting taken to be {@code today} when nothing says which.
     *
     * @throws UserError (exit 2) when it is no progress return of this plan and year, or cannot be read
     */
    public static Sent sent(Path file, Plan plan, LocalDate today) {
        FormIdentity identity = opened(file, workbook -> identity(file, workbook, plan, today),
                document -> WordForm.identity(file, document, plan, today));
        return new Sent(file, identity.agency(), identity.requested(), identity.meeting(), identity.due());
    }

    private static <T> T opened(Path file, java.util.function.Function<XSSFWorkbook, T> reader,
            java.util.function.Function<org.apache.poi.xwpf.usermodel.XWPFDocument, T> words) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no file " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UserError(file + " is over " + (MAX_BYTES >> 20) + " MB, far more than a progress return; it was not read");
            }
            OfficeZip.limited();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                FileMagic magic = FileMagic.valueOf(in);
                if (magic == FileMagic.OLE2) {
                    try (POIFSFileSystem ole = new POIFSFileSystem(in)) {
                        throw new UserError(file + (ole.getRoot().hasEntry("EncryptionInfo")
                                ? " is protected with a password, so it cannot be read; open it in Excel, remove the password "
                                        + "(File, Info, Protect Workbook, Encrypt with Password: empty), save it and give it again"
                                : " is in the old Excel format (.xls), which is no form prevent made; ask for the .xlsx form back"));
                    }
                }
                if (magic != FileMagic.OOXML) {
                    throw new UserError(file + " is not an Excel workbook or a Word document, so it is no progress return; "
                            + "was it renamed?");
                }
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                        return words.apply(document);
                    }
                }
                try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    return reader.apply(workbook);
                }
            }
        } catch (EmptyFileException e) {
            throw new UserError(file + " is empty, so it is no progress return");
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException
                | org.apache.poi.util.RecordFormatException e) {
            throw new UserError("cannot read " + file + " as " + (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                    ? "a Word document" : "an Excel workbook") + ": " + OfficeZip.why(e));
        }
    }

    /**
     * One row of a filled form, whatever the file it came from.
     *
     * @param where  "POLICE progress return 2026-12-10.xlsx row 9", for messages
     * @param cells  the read-only cells as they are now, in the order of {@link ReturnForm#HEADINGS}; null for a column
     *               the form does not show
     * @param date   the day given as a day (a date cell), or null
     * @param dateText the day given as text, when not as a date; blank for none
     */
    record FilledRow(String where, String id, List<String> cells, String status, String note, LocalDate date, String dateText,
            boolean formula) {

        FilledRow(String where, String id, List<String> cells, String status, String note, LocalDate date, String dateText) {
            this(where, id, cells, status, note, date, dateText, false);
        }
    }

    /** The serial of 1 January 10000: Excel shows no day from it on. */
    private static final double EXCEL_LAST_DAY = 2_958_466;

    /**
     * What a form holds: who it is from and for which round, what was sent of each action (fingerprint and cells,
     * empty for a form whose identity was guessed), and its rows.
     */
    record Filled(FormIdentity identity, Map<String, String> fingerprints, Map<String, List<String>> sent, List<FilledRow> rows) {
    }

    /** What the workbook says of itself: its identity sheet, else its custom properties (the second copy), else nothing. */
    private static Map<String, String> said(XSSFWorkbook workbook) {
        Map<String, String> said = new HashMap<>();
        XSSFSheet identity = workbook.getSheet(ReturnForm.IDENTITY);
        if (identity != null) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            for (Row row : identity) {
                String name = text(row.getCell(0), formatter);
                if (ReturnForm.IDENTITY_NAMES.contains(name)) {
                    said.put(name, text(row.getCell(1), formatter));
                }
            }
        }
        if (!said.containsKey(ReturnForm.FORM)) {
            said.clear();
            var custom = workbook.getProperties().getCustomProperties();
            for (String name : ReturnForm.IDENTITY_NAMES) {
                if (custom.contains(name)) {
                    said.put(name, property(custom, name));
                }
            }
        }
        return said;
    }

    private static FormIdentity identity(Path file, XSSFWorkbook workbook, Plan plan, LocalDate today) {
        XSSFSheet sheet = workbook.getSheet(ReturnForm.SHEET);
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        String title = sheet == null || sheet.getRow(0) == null ? "" : text(sheet.getRow(0).getCell(0), formatter);
        String round = sheet == null || sheet.getRow(1) == null ? "" : text(sheet.getRow(1).getCell(0), formatter);
        return FormIdentity.of(file, said(workbook), title, round, plan, today);
    }

    private static Filled filled(Path file, XSSFWorkbook workbook, Plan plan, LocalDate today) {
        FormIdentity identity = identity(file, workbook, plan, today);
        XSSFSheet sheet = workbook.getSheet(ReturnForm.SHEET);
        XSSFSheet keys = workbook.getSheet(ReturnForm.KEYS);
        if (sheet == null || keys == null && identity.guess() == null) {
            throw new UserError(file + " has lost its '" + ReturnForm.SHEET + "' sheet or its hidden one, so it cannot be read back");
        }
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        Map<String, List<String>> sent = new HashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        if (keys != null && identity.guess() == null) {
            for (Row key : keys) {
                String id = text(key.getCell(0), formatter);
                fingerprints.put(id, text(key.getCell(1), formatter));
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ReturnForm.NEW_STATUS; c++) {
                    cells.add(text(key.getCell(2 + c), formatter));
                }
                sent.put(id, cells);
            }
        }
        // Each column by its heading: a form shows only the columns its actions fill.
        int headingRow = ReturnForm.HEADING_ROW;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 30); r++) {
            if (sheet.getRow(r) != null && "ID".equals(text(sheet.getRow(r).getCell(0), formatter))) {
                headingRow = r;
                break;
            }
        }
        int[] column = new int[ReturnForm.HEADINGS.size()];
        java.util.Arrays.fill(column, -1);
        Row headings = sheet.getRow(headingRow);
        for (int c = 0; headings != null && c < headings.getLastCellNum(); c++) {
            int heading = ReturnForm.HEADINGS.indexOf(text(headings.getCell(c), formatter));
            if (heading >= 0 && column[heading] < 0) {
                column[heading] = c;
            }
        }
        for (int heading : new int[] {0, ReturnForm.NEW_STATUS, ReturnForm.NOTE, ReturnForm.DATE}) {
            if (column[heading] < 0) {
                throw new UserError(file + " has lost its column '" + ReturnForm.HEADINGS.get(heading) + "' (row " + (headingRow + 1)
                        + " holds the headings), so it cannot be read back");
            }
        }
        List<FilledRow> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        for (Row row : sheet) {
            if (row.getRowNum() <= headingRow) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < ReturnForm.NEW_STATUS; c++) {
                cells.add(column[c] < 0 ? null : text(row.getCell(column[c]), formatter));
            }
            Cell date = row.getCell(column[ReturnForm.DATE]);
            LocalDate day = null;
            String dayText = text(date, formatter);
            if (date != null && date.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(date)) {
                // A serial Excel can show as a day (1900 to 9999); any other number is listed as no day, never a guess.
                double serial = date.getNumericCellValue();
                if (serial >= 1 && serial < EXCEL_LAST_DAY) {
                    day = DateUtil.getLocalDateTime(serial).toLocalDate();
                    dayText = "";
                } else {
                    dayText = "the number " + new java.math.BigDecimal(serial).toString();
                }
            }
            Cell status = row.getCell(column[ReturnForm.NEW_STATUS]);
            Cell note = row.getCell(column[ReturnForm.NOTE]);
            rows.add(new FilledRow(name + " row " + (row.getRowNum() + 1), cells.get(0), cells, text(status, formatter),
                    note(note, formatter), day, dayText, isFormula(status) || isFormula(note)));
        }
        return new Filled(identity, fingerprints, sent, rows);
    }

    /** The answers of a filled form, each checked against the plan now and as it was when the form was made. */
    static Reading answers(Path file, Filled filled, Plan plan, boolean force, LocalDate today) {
        FormIdentity identity = filled.identity();
        String code = identity.agency();
        Agency agency = plan.agency(code).orElseThrow(() -> new UserError(file + " is a return from " + code
                + ", which is no longer an agency of the plan"));
        LocalDate requested = identity.requested();
        LocalDate meeting = identity.meeting();
        Map<String, List<String>> sent = filled.sent();
        Map<String, String> fingerprints = filled.fingerprints();
        List<String> notes = new ArrayList<>();
        if (identity.guess() != null) {
            sent = new HashMap<>();
            fingerprints = new HashMap<>();
            guessSent(file, filled, plan, agency, sent, fingerprints);
            notes.add(identity.guess());
        }
        Map<String, Action> actions = new HashMap<>();
        plan.actions().forEach(a -> actions.put(a.id(), a));
        List<PlanEditor.Request> answers = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        int recorded = 0;
        // One answer an action: of two rows answering it (a row copied), the later is read and the earlier listed.
        Map<String, FilledRow> lastOf = new HashMap<>();
        for (FilledRow row : filled.rows()) {
            if (!row.status().isEmpty() || !row.note().isEmpty()) {
                lastOf.put(row.id(), row);
            }
        }
        LocalDate[] year = planYear(plan);
        for (FilledRow row : filled.rows()) {
            String where = row.where();
            String id = row.id();
            String statusWords = row.status();
            String note = row.note();
            if (statusWords.isEmpty() && note.isEmpty()) {
                continue;
            }
            if (lastOf.get(id) != row) {
                notes.add(where + ": action " + id + " is answered again further down (" + lastOf.get(id).where()
                        + "); only the later answer is read");
                continue;
            }
            if (row.formula()) {
                notes.add(where + ": action " + id + "'s answer was typed as a formula; the value it showed is read");
            }
            Action action = actions.get(id);
            if (!sent.containsKey(id)) {
                notes.add(where + ": action '" + id + "' was not in the form as sent" + (action == null ? " and is no action of the plan"
                        : " (it is led by " + String.join(", ", action.lead()) + ")") + "; its answer is not applied");
                continue;
            }
            if (action == null || action.lead().stream().noneMatch(agency::matches)) {
                notes.add(where + ": action " + id + (action == null ? " is no longer in the plan" : " is no longer led by " + agency.code())
                        + "; its answer is not applied");
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (int c = 1; c < ReturnForm.NEW_STATUS && c < row.cells().size(); c++) {
                if (row.cells().get(c) != null && c < sent.get(id).size() && !row.cells().get(c).equals(sent.get(id).get(c))) {
                    changed.add(ReturnForm.HEADINGS.get(c));
                }
            }
            if (!changed.isEmpty()) {
                notes.add(where + ": action " + id + "'s " + String.join(", ", changed) + " " + (changed.size() == 1 ? "was" : "were")
                        + " changed in the form; only the status, note and date are read, so that change is not applied");
            }
            Status status = null;
            if (!statusWords.isEmpty()) {
                status = status(plan, statusWords, where, notes);
                if (status == null && note.isEmpty()) {
                    continue;
                }
            }
            // No day written: the answer is dated the day it is read. Never a day to come: no record is in the future.
            LocalDate date = row.date() != null ? row.date() : date(row.dateText(), today, where, notes);
            // A day far from the plan's year and from today is a slip of the keyboard or of a program (0 is 1899,
            // 73051 is 2100): listed, not used. An old plan still kept up to date keeps this year's days.
            boolean nearTheYear = year == null || !date.isBefore(year[0].minusYears(1)) && !date.isAfter(year[1].plusYears(1));
            boolean lastYear = !date.isBefore(today.minusYears(1)) && !date.isAfter(today);
            if (!nearTheYear && !lastYear) {
                notes.add(where + ": the date of action " + id + "'s answer, " + LongDate.of(date) + ", is more than a year outside the "
                        + "plan's year (" + plan.period() + ") and the last year, so it is not used: the answer is dated today, "
                        + LongDate.of(today));
                date = today;
            }
            if (date.isAfter(today)) {
                notes.add(where + ": action " + id + "'s answer is dated " + LongDate.of(date) + ", after today; an update cannot be "
                        + "dated in the future, so it is not applied. Correct the date in the form (or clear it for today's) and read "
                        + "the form again");
                continue;
            }
            String answerNote = note.isEmpty() ? null : note.replace("\r\n", "\n");
            PlanEditor.Request request = new PlanEditor.Request(id, status == null ? null : status.key(), answerNote, date, List.of(), null);
            if (PlanEditor.recorded(action, status, answerNote, date)) {
                recorded++;
                continue;
            }
            if (!ReturnForm.fingerprint(action).equals(fingerprints.get(id)) && !force) {
                conflicts.add("action " + id + (requested == null ? " is not as the form shows it" : " changed after the form was made on "
                        + LongDate.of(requested)) + ": it is now "
                        + now(plan, action) + "; the form says " + (status == null ? "" : status.label() + ", ")
                        + (answerNote == null ? "no note" : "'" + answerNote.lines().findFirst().orElse("") + "'")
                        + ". Not applied; check it, and give --force to apply the form's answer anyway");
                continue;
            }
            answers.add(request);
            Optional<dev.prevent.model.Update> newer = status == null ? Optional.empty() : newerThan(action, date);
            if (newer.isPresent()) {
                notes.add(where + ": action " + id + "'s answer (" + status.label() + ", " + LongDate.of(date) + ") is recorded in "
                        + "its log, but its newer entry of " + LongDate.of(newer.get().date()) + " ("
                        + plan.status(newer.get().status()).map(Status::label).orElse(newer.get().status()) + ") stays its status; if "
                        + "the answer is the current position, record it as of today: prevent update " + id + " --status " + status.key());
            }
        }
        return new Reading(file, agency, requested, meeting, answers, notes, conflicts, recorded);
    }

    /**
     * For a form whose identity was guessed: what was sent of each action is taken from its row, and the action counts as
     * unchanged since when its row shows it as the plan does now. A form none of whose rows is one of the agency's
     * actions is no return of it, and is refused.
     */
    private static void guessSent(Path file, Filled filled, Plan plan, Agency agency, Map<String, List<String>> sent,
            Map<String, String> fingerprints) {
        Map<String, Action> led = new HashMap<>();
        plan.actions().filter(a -> a.lead().stream().anyMatch(agency::matches)).forEach(a -> led.put(a.id(), a));
        for (FilledRow row : filled.rows()) {
            Action action = led.get(row.id());
            if (action == null) {
                continue;
            }
            sent.put(row.id(), row.cells());
            List<String> now = ProgressRequest.readOnly(plan, action);
            boolean same = true;
            for (int c = 0; c < row.cells().size() && c < now.size(); c++) {
                same &= row.cells().get(c) == null || row.cells().get(c).equals(now.get(c));
            }
            fingerprints.put(row.id(), same ? ReturnForm.fingerprint(action) : "");
        }
        if (sent.isEmpty()) {
            throw new UserError(file + " has lost what says it is a progress return, and none of its rows holds an action "
                    + agency.code() + " leads, so nothing was read from it");
        }
    }

    /** A status as the partner wrote or chose it: the plan's own words first, then a council's words as a guess. */
    private static Status status(Plan plan, String words, String where, List<String> notes) {
        try {
            StatusWords.Reading reading = StatusWords.read(plan, words);
            if (reading.how() != null && !reading.status().label().equals(words.strip())) {
                notes.add(where + ": status " + reading.how());
            }
            return reading.status();
        } catch (UserError notOnTheScale) {
            Optional<ProgressWords.Reading> guess = ProgressWords.read(plan, words);
            if (guess.isPresent() && guess.get().status() != null) {
                notes.add(where + ": status '" + words + "' " + guess.get().guess());
                return guess.get().status();
            }
            notes.add(where + ": status '" + words + "' is not on the plan's scale, so it is not applied");
            return null;
        }
    }

    private static LocalDate date(String text, LocalDate today, String where, List<String> notes) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase(WordForm.DATE_PROMPT)) {
            return today;
        }
        Optional<DayWords.Reading> day = DayWords.read(text, today);
        if (day.isEmpty()) {
            notes.add(where + ": the date '" + text + "' is no day, so the answer is dated today, " + LongDate.of(today));
            return today;
        }
        return day.get().day();
    }

    /** The plan's year, first and last day, or null when its period is no financial year. */
    private static LocalDate[] planYear(Plan plan) {
        try {
            LocalDate last = dev.prevent.model.Timescale.parseFinancialYear(plan.period()).dueDate().orElseThrow();
            return new LocalDate[] {last.minusYears(1).plusDays(1), last};
        } catch (RuntimeException notAYear) {
            return null;
        }
    }

    /** The newest entry of the log with a status dated after {@code date}: it, not an answer of that day, is the status. */
    private static Optional<dev.prevent.model.Update> newerThan(Action action, LocalDate date) {
        dev.prevent.model.Update newer = null;
        for (dev.prevent.model.Update update : action.updates()) {
            if (update.date() != null && update.date().isAfter(date) && update.status() != null && !update.status().isBlank()
                    && (newer == null || !update.date().isBefore(newer.date()))) {
                newer = update;
            }
        }
        return Optional.ofNullable(newer);
    }

    private static String now(Plan plan, Action action) {
        String status = action.status() == null ? "not assessed" : plan.status(action.status()).map(Status::label).orElse(action.status());
        var last = action.updates().isEmpty() ? null : action.updates().get(action.updates().size() - 1);
        return status + (last == null || last.date() == null ? "" : ", last updated " + LongDate.of(last.date()));
    }

    /** A property's text, or a refusal naming the property when the form lost it (or holds another type there). */
    static String present(Path file, String value, String name) {
        if (value == null || value.isBlank()) {
            throw new UserError(file + " has lost its property " + name + ", or holds one that is not text, so it cannot be read "
                    + "back (was it saved by a program that changes a workbook's properties?); make the form again with prevent request");
        }
        return value;
    }

    /** A day the form keeps in a property ({@code prevent-requested}, {@code prevent-meeting}), or a refusal naming it. */
    static LocalDate day(Path file, String written, String name) {
        String value = present(file, written, name);
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserError(file + "'s property " + name + " is '" + dev.prevent.output.Visible.line(value)
                    + "', which is not a day (YYYY-MM-DD), so the form cannot be read back; make it again with prevent request");
        }
    }

    private static String property(org.apache.poi.ooxml.POIXMLProperties.CustomProperties custom, String name) {
        var property = custom.getProperty(name);
        // Another type (a number, a date) has no text: read as missing, and refused in words where it is needed.
        return property == null || property.getLpwstr() == null ? "" : property.getLpwstr();
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return shown(cell, formatter).strip();
    }

    /** A note as the partner wrote it, spaces and all, as {@code prevent update --note} takes one; nothing but spaces is none. */
    private static String note(Cell cell, DataFormatter formatter) {
        String note = shown(cell, formatter);
        return note.isBlank() ? "" : note;
    }

    /**
     * What a cell showed the partner: for a formula, the value it last showed (kept in the file), never the formula's
     * text, and never worked out again here.
     */
    private static String shown(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getRichStringCellValue().getString();
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                        : new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }
}
