package dev.prevent.returns;

import dev.prevent.output.OutputFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The forms {@code returns} has read, kept beside them in their folder ({@value #FILE}, a small CSV: agency, the day
 * the form was made, the meeting, the file, the day it was read), so that {@code returns --outstanding} counts exactly
 * the forms not yet read, whatever else changed in the plan. A form is known by what it says of itself (its agency,
 * the day it was made and its meeting), so a reply saved beside the form under another name counts as that form.
 */
public final class FormsRead {

    /** The ledger's name in a forms folder. */
    public static final String FILE = "forms-read.csv";

    private static final String[] HEADINGS = {"agency", "requested", "meeting", "file", "read"};

    private FormsRead() {
    }

    /**
     * Who a form is from and for which round: its identity, as the ledger keeps it; {@code requested} null for a form
     * whose identity was guessed (nothing visible in a form says the day it was made).
     */
    record Key(String agency, LocalDate requested, LocalDate meeting) {

        /** Whether this form is among {@code read}: the same, or a guessed reading of the same agency and meeting. */
        boolean in(Set<Key> read) {
            return read.contains(this) || read.contains(new Key(agency, null, meeting));
        }
    }

    /** The forms read in {@code folder}; none when it has no ledger, or one that cannot be read (then every form counts as unread). */
    static Set<Key> in(Path folder) {
        Path ledger = folder.resolve(FILE);
        Set<Key> read = new LinkedHashSet<>();
        if (!Files.isRegularFile(ledger)) {
            return read;
        }
        try (Reader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                try {
                    String requested = row.get("requested");
                    read.add(new Key(row.get("agency"), requested.isBlank() ? null : LocalDate.parse(requested),
                            LocalDate.parse(row.get("meeting"))));
                } catch (RuntimeException badRow) {
                    // A row edited by hand into nonsense names no form: that form counts as unread, which is safe.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return Set.of();
        }
        return read;
    }

    /**
     * Records that the form {@code reading} came from was read on {@code today}, in the ledger of its folder; written
     * whole or not at all. A form already there is not added twice.
     *
     * @return the ledger written, or none when the folder cannot be written (the answers are in the plan either way)
     */
    public static java.util.Optional<Path> record(ProgressReturn.Reading reading, LocalDate today) {
        return record(reading, reading.file(), today);
    }

    /**
     * As {@link #record(ProgressReturn.Reading, LocalDate)}, for a form that came in {@code file} (a reply's email):
     * the ledger beside that file, naming it.
     */
    public static java.util.Optional<Path> record(ProgressReturn.Reading reading, Path file, LocalDate today) {
        Path folder = file.toAbsolutePath().getParent();
        Key key = new Key(reading.agency().code(), reading.requested(), reading.meeting());
        if (folder == null || key.in(in(folder))) {
            return java.util.Optional.empty();
        }
        Path ledger = folder.resolve(FILE);
        List<List<String>> rows = new ArrayList<>();
        if (Files.isRegularFile(ledger)) {
            try (Reader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.parse(in)) {
                    rows.add(row.toList());
                }
                if (!rows.isEmpty()) {
                    rows.remove(0);
                }
            } catch (IOException | RuntimeException unreadable) {
                rows.clear();
            }
        }
        rows.add(List.of(key.agency(), key.requested() == null ? "" : key.requested().toString(), key.meeting().toString(),
                file.getFileName().toString(), today.toString()));
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(HEADINGS).build())) {
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        try {
            OutputFile.write(ledger, text.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.Optional.of(ledger);
        } catch (RuntimeException cannotWrite) {
            return java.util.Optional.empty();
        }
    }
}
