package dev.prevent.cli;

import dev.prevent.model.Timescale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The days and years the help's examples use, taken from today so that they never read as a plan of years ago:
 * set as system properties that the help text names ({@code ${sys:prevent.fy:-2026/27}}), with a fixed default
 * where no run set them (the man pages made at build time).
 */
final class HelpExamples {

    private HelpExamples() {
    }

    /** Sets the examples' days from {@code today}; a property already set (a test's) is kept. */
    static void set(LocalDate today) {
        Timescale year = Timescale.financialYearOf(today);
        String next = Timescale.financialYearOf(year.due().plusDays(1)).written();
        put("prevent.fy", year.written());
        put("prevent.next-fy", next);
        put("prevent.fy-dashed", year.written().replace('/', '-'));
        put("prevent.next-fy-dashed", next.replace('/', '-'));
        put("prevent.year-end", year.due().format(UK));
        put("prevent.uk-day", today.format(UK));
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        put("prevent.last-month-tag", "meeting-" + lastMonth.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)));
        put("prevent.last-month-day", lastMonth.toString());
        put("prevent.last-month-uk", lastMonth.format(UK));
    }

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private static void put(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
