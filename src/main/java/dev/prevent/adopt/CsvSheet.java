package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    static List<SheetRow> read(Path csv, List<String> reports) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(false).get().parse(reader)) {
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
                Map<SheetHeading, String> cells = new LinkedHashMap<>();
                headings.forEach((heading, column) -> cells.put(column, record.isSet(heading) ? record.get(heading).strip() : ""));
                Map<String, String> extra = new LinkedHashMap<>();
                extras.forEach(heading -> extra.put(heading, record.isSet(heading) ? record.get(heading).strip() : ""));
                boolean empty = cells.values().stream().allMatch(String::isEmpty) && extra.values().stream().allMatch(String::isEmpty);
                if (empty) {
                    continue;
                }
                // Rows as a spreadsheet numbers them: the headings are row 1.
                long line = record.getRecordNumber() + 1;
                if (cells.get(SheetHeading.ACTION).isEmpty() && !rows.isEmpty()) {
                    reports.add(csv.getFileName() + " row " + line + ": the ACTION cell is empty, so this row continues the action above");
                    SheetRow previous = rows.get(rows.size() - 1);
                    cells.forEach((c, text) -> SheetRow.append(previous.cells().computeIfAbsent(c, k -> new StringBuilder()), text));
                    extra.forEach((h, text) -> SheetRow.append(previous.extra().computeIfAbsent(h, k -> new StringBuilder()), text));
                    continue;
                }
                Map<SheetHeading, StringBuilder> own = new LinkedHashMap<>();
                cells.forEach((c, text) -> own.put(c, new StringBuilder(text)));
                Map<String, StringBuilder> ownExtra = new LinkedHashMap<>();
                extra.forEach((h, text) -> ownExtra.put(h, new StringBuilder(text)));
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
}
