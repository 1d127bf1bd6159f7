package dev.prevent.adopt;

import dev.prevent.output.LongDate;
import dev.prevent.words.DayWords;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * The day a plan's table says where its statuses stood, for import to date them by: the document's own day (a Word or
 * Excel file's "modified" property: when the statuses were last saved), else a day its name holds ({@code Prevent plan
 * 2026-11-03.csv}), else the day of the import. Never a day after today: no record is dated in the future.
 *
 * @param day the day
 * @param how where it came from, as the import says it: "the day Our plan.docx was last saved (its properties)"
 */
public record DocumentDay(LocalDate day, String how) {

    /** The day to date what {@code source} holds by, on {@code today}. */
    public static DocumentDay of(Path source, LocalDate today) {
        String name = source.getFileName().toString();
        Optional<LocalDate> saved = saved(source).filter(d -> !d.isAfter(today));
        if (saved.isPresent()) {
            return new DocumentDay(saved.get(), "the day " + name + " was last saved (its properties)");
        }
        Optional<LocalDate> named = DayWords.inName(name).filter(d -> !d.isAfter(today));
        if (named.isPresent()) {
            return new DocumentDay(named.get(), "the day the name " + name + " gives");
        }
        return new DocumentDay(today, "the day of the import, as " + name + " holds no day of its own");
    }

    /** What import says of it: "statuses read are dated 3 November 2026, the day ... (give --date to date them otherwise)". */
    public String said() {
        return "the statuses read are dated " + LongDate.of(day) + ", " + how + "; give --date to date them otherwise";
    }

    /** A Word or Excel file's "modified" property, read without reading the document; empty for any other file. */
    private static Optional<LocalDate> saved(Path source) {
        String lower = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".docx") && !lower.endsWith(".xlsx") && !lower.endsWith(".xlsm")) {
            return Optional.empty();
        }
        OfficeZip.limited();
        try (OPCPackage office = OPCPackage.open(source.toFile(), PackageAccess.READ)) {
            Optional<Date> modified = office.getPackageProperties().getModifiedProperty();
            return modified.map(d -> d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        } catch (Exception | LinkageError unreadable) {
            // The table's own reader says why a file cannot be read; here it simply has no day.
            return Optional.empty();
        }
    }
}
