package dev.prevent.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one reader of a day as plans and options write it: {@code YYYY-MM-DD}. */
public final class IsoDate {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private IsoDate() {
    }

    /**
     * The day written, surrounding spaces aside.
     *
     * @throws NotADate saying whether it has the shape of a date but no such day exists
     */
    public static LocalDate parse(String text) {
        Matcher day = DAY.matcher(text.strip());
        if (!day.matches()) {
            throw new NotADate("'" + text.strip() + "' is not a date; write YYYY-MM-DD, e.g. 2016-04-01", false);
        }
        try {
            return LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
        } catch (DateTimeException e) {
            throw new NotADate("'" + text.strip() + "' is not a real day", true);
        }
    }

    /** Whether {@code text} has the shape of a day, real or not. */
    public static boolean looksLikeOne(String text) {
        return DAY.matcher(text.strip()).matches();
    }

    /** Text that is not a day; {@code shapedLikeOne} when it is written as one but no such day exists (2015-02-30). */
    public static final class NotADate extends IllegalArgumentException {
        private final boolean shapedLikeOne;

        NotADate(String message, boolean shapedLikeOne) {
            super(message);
            this.shapedLikeOne = shapedLikeOne;
        }

        public boolean shapedLikeOne() {
            return shapedLikeOne;
        }
    }
}
