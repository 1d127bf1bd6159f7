package dev.prevent.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as the working group's papers write it: "31 March 2016". */
public final class LongDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LongDate() {
    }

    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
