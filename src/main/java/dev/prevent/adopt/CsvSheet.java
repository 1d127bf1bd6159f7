package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import dev.prevent.output.Visible;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delivery-plan spreadsheet saved as CSV, read into rows of cells by column: a row with an empty ACTION
 * continues the one above (as when a Word table breaks across pages). Knows nothing of plans.
 */
final class CsvSheet {

    private CsvSheet() {
    }

    /**
     * The rows of actions under the heading row; what is worth telling the user goes to {@code reports}.
     *
     * @throws UserError (exit 2) when the file cannot be read as CSV, has no ACTION column or no rows
     */
    /** The largest spreadsheet read: far beyond any delivery plan, refused before a byte is read. */
    static final long MAX_BYTES = 16L << 20;

    static List<SheetRow> read(Path csv, List<String> reports) {
        String text = decoded(csv, reports);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text, csv, reports)).setHeader()
                .setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(false).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, SheetHeading> headings = new LinkedHashMap<>();
            List<String> extras = new ArrayList<>();
            for (String heading : parser.getHeaderNames()) {
                Optional<SheetHeading> known = SheetHeading.of(heading);
                if (known.isPresent() && !headings.containsValue(known.get())) {
                    headings.put(heading, known.get());
                } else if (!heading.isBlank()) {
                    extras.add(heading);
                    reports.add(csv.getFileName() + ": column '" + heading + "' is not a column of the plan; "
                            + "its text is kept in each action's notes");
                }
            }
            if (!headings.containsValue(SheetHeading.ACTION)) {
                throw new UserError(csv + " has no ACTION column; its headings are " + String.join(", ", parser.getHeaderNames())
                        + ". The columns read are ACTION, LEAD, SUCCESS CRITERIA, TIME or TIMESCALE, RESOURCES, Progress "
                        + "and COMMENTS/PROGRESS");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                // Rows as a spreadsheet numbers them: the headings are row 1.
                long line = record.getRecordNumber() + 1;
                Map<SheetHeading, String> cells = new LinkedHashMap<>();
                headings.forEach((heading, column) -> cells.put(column, cell(record, heading, csv, line, reports)));
                Map<String, String> extra = new LinkedHashMap<>();
                extras.forEach(heading -> extra.put(heading, cell(record, heading, csv, line, reports)));
                boolean empty = cells.values().stream().allMatch(String::isEmpty) && extra.values().stream().allMatch(String::isEmpty);
                if (empty) {
                    continue;
                }
                if (cells.get(SheetHeading.ACTION).isEmpty() && !rows.isEmpty()) {
                    reports.add(csv.getFileName() + " row " + line + ": the ACTION cell is empty, so this row continues the action above");
                    SheetRow previous = rows.get(rows.size() - 1);
                    cells.forEach((c, text1) -> SheetRow.append(previous.cells().computeIfAbsent(c, k -> new StringBuilder()), text1));
                    extra.forEach((h, text1) -> SheetRow.append(previous.extra().computeIfAbsent(h, k -> new StringBuilder()), text1));
                    continue;
                }
                Map<SheetHeading, StringBuilder> own = new LinkedHashMap<>();
                cells.forEach((c, text1) -> own.put(c, new StringBuilder(text1)));
                Map<String, StringBuilder> ownExtra = new LinkedHashMap<>();
                extra.forEach((h, text1) -> ownExtra.put(h, new StringBuilder(text1)));
                rows.add(new SheetRow(line, own, ownExtra));
            }
            if (rows.isEmpty()) {
                throw new UserError(csv + " has no rows of actions under its headings");
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError("cannot read " + csv + " as CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserError("cannot read " + csv + " as CSV: " + e.getMessage());
        }
    }

    /**
     * The file's text: UTF-8 (a byte-order mark dropped), UTF-16 when its byte-order mark says so, else
     * Windows-1252 (what Excel saves as "CSV" on a UK Windows laptop), with a notice.
     */
    private static String decoded(Path csv, List<String> reports) {
        byte[] bytes;
        try {
            long size = Files.size(csv);
            if (size > MAX_BYTES) {
                throw new UserError(String.format(Locale.ROOT, "%s is %.1f MB; a spreadsheet to import may be at most %d MB",
                        csv, size / 1e6, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new UserError("cannot read " + csv + ": " + e.getMessage());
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            reports.add(csv.getFileName() + ": read as UTF-16 (Excel's \"Unicode text\")");
            return strip(new String(bytes, StandardCharsets.UTF_16));
        }
        try {
            return strip(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            reports.add(csv.getFileName() + ": not UTF-8, so read as Windows-1252 (Excel's plain \"CSV\"); check accented "
                    + "letters and symbols such as £ in the new file, or save the sheet as \"CSV UTF-8\"");
            return strip(new String(bytes, Charset.forName("windows-1252")));
        }
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** ',' as RFC 4180 says, or ';' where the heading row has only those (a spreadsheet saved in a European locale). */
    private static char delimiter(String text, Path csv, List<String> reports) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') < 0 && first.indexOf(';') >= 0) {
            reports.add(csv.getFileName() + ": the columns are separated by ';', so they were read that way");
            return ';';
        }
        return ',';
    }

    /**
     * A cell's text. A control character (an escape, a bell, a NUL) has no place in a plan and is refused;
     * a cell a spreadsheet would take for a formula is kept as text, with a word to the user.
     *
     * @throws UserError (exit 2) naming the row and column of a control character
     */
    private static String cell(CSVRecord record, String heading, Path csv, long line, List<String> reports) {
        String text = record.isSet(heading) ? record.get(heading).strip() : "";
        int control = Visible.firstControl(text);
        if (control >= 0) {
            throw new UserError(csv + " row " + line + ", column '" + heading + "': the cell holds the control character "
                    + Visible.shown(text.codePointAt(control)) + ", which has no place in a plan; delete it in the "
                    + "spreadsheet and save again");
        }
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && text.length() > 1 && !text.matches("[-+]?\\d[\\d.,]*|-+|- .*")) {
            reports.add(csv.getFileName() + " row " + line + ", column '" + heading + "': the cell begins with '"
                    + text.charAt(0) + "' like a spreadsheet formula; it is kept as text");
        }
        return text;
    }
}
