package dev.prevent.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date where the user is. Read through {@link TimeZone}, which the JVM has already loaded, rather than
 * {@code Today.date()}, whose first use starts java.time's zone-rules provider: that looks for providers in every
 * jar on the class path and reads the time-zone database, a quarter of a short run such as {@code validate}.
 */
final class Today {

    private static final long MILLIS_A_DAY = 86_400_000L;

    private Today() {
    }

    /** The date on the machine's clock in its time zone, summer time included: what {@code Today.date()} gives. */
    static LocalDate date() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_A_DAY));
    }
}
