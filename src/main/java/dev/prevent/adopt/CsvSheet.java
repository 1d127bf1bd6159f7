package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV, read into a {@link Grid}: whatever the encoding Excel chose (UTF-8 with or without
 * its byte-order mark, UTF-16, Windows-1252) and whichever separator the locale used. Knows nothing of plans.
 */
final class CsvSheet {

    /** The largest spreadsheet read: far beyond any delivery plan, refused before a byte is read. */
    static final long MAX_BYTES = 16L << 20;

    private CsvSheet() {
    }

    /**
     * The file's rows as a grid. CSV has no merged cells: a row with text in its first cell only, which reads
     * as an objective's or a theme's heading ({@code Objective 2: ...}, {@code 1) Engagement}), is taken as one
     * that was merged across the table before it was saved.
     *
     * @throws UserError (exit 2) when the file cannot be read as CSV
     */
    static Grid read(Path csv, List<String> reports) {
        String text = decoded(csv, reports);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text, csv, reports))
                .setIgnoreEmptyLines(true).setTrim(false).get();
        String name = String.valueOf(csv.getFileName());
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<Grid.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<Grid.Cell> cells = new ArrayList<>();
                record.forEach(value -> cells.add(Grid.Cell.of(value.strip())));
                boolean firstOnly = !cells.isEmpty() && !cells.get(0).text().isEmpty()
                        && cells.stream().skip(1).allMatch(c -> c.text().isEmpty());
                boolean across = firstOnly && cells.size() > 1 && SectionHeading.looksLikeOne(cells.get(0).text());
                // Rows as a spreadsheet numbers them: a cell of many lines is still one row.
                rows.add(new Grid.Row(new Grid.Place(name, record.getRecordNumber()), cells, across));
            }
            return new Grid(name, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
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
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new UserError(csv + " is a Word or Excel file (a zip archive), not CSV text; give it its own ending, .docx or "
                    + ".xlsx, and import that");
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11) {
            throw new UserError(csv + " is an old Word or Excel file, not CSV text; open it in Word or Excel, save it as .docx "
                    + "or .xlsx, and import that");
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
        // The heading row is the first with words: a sheet may begin with a blank line.
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (first.indexOf(',') < 0 && first.indexOf(';') >= 0) {
            reports.add(csv.getFileName() + ": the columns are separated by ';', so they were read that way");
            return ';';
        }
        return ',';
    }
}
