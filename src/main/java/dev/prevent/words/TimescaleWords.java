package dev.prevent.words;

import dev.prevent.model.Timescale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIME cell as people write it in a UK plan, read into one of the format's timescales: {@code 31/03/2017}
 * (day first), {@code March 2017}, {@code Mar-17}, {@code Q3 16/17}, {@code 16/17}. Each reading that is not
 * already a timescale is a guess, and says so, so that the import's summary can show it.
 */
public final class TimescaleWords {

    /**
     * What a cell says.
     *
     * @param timescale the timescale as the plan will write it, or null for none
     * @param guess     how a cell that was not already a timescale was read, for the user to check; or null
     */
    public record Reading(String timescale, String guess) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?i)([a-z]{3,9})\\.?[\\s\\-/']*(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)q\\s*([1-4])\\s*(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?i)(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern TO_COME = Pattern.compile("(?i)tbc|tba|tbd|to be (confirmed|agreed|decided)|n/?a|[-–—]+|\\?+");
    private static final Pattern ONGOING = Pattern.compile("(?i)on-?going|continuous|continual|throughout( the year)?|rolling");

    private TimescaleWords() {
    }

    /** The timescale a cell gives; {@link Optional#empty()} when it gives none the plan can hold (kept in the notes). */
    public static Optional<Reading> read(String cell) {
        String text = cell.strip();
        if (text.matches("[\\d/ -]+") && text.contains(" ")) {
            // Word tables exported to text space out digits ("2 0 1 5 - 2 0 1 6"); a date has no spaces.
            text = text.replace(" ", "");
        }
        // What a paper writes after the timescale follows from it: "2015/16, due 31 March 2016: overdue".
        text = text.replaceFirst("(?is)[,;:]?\\s*\\(?\\s*(over)?due\\b.*$", "").strip();
        Optional<String> exact = parsed(text);
        if (exact.isPresent()) {
            return Optional.of(new Reading(exact.get(), null));
        }
        if (ONGOING.matcher(text).matches()) {
            return Optional.of(new Reading("ongoing", "time '" + text + "' read as ongoing (never overdue)"));
        }
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            try {
                LocalDate date = LocalDate.of(year(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
                return Optional.of(new Reading(date.toString(), "time '" + text + "' read as " + date.getDayOfMonth() + " "
                        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear() + " (day first, as in the UK)"));
            } catch (DateTimeException notADay) {
                return Optional.empty();
            }
        }
        // A day in words, as papers write it (and as prevent's own Word paper does): "31 March 2016", "By 1st May 2016".
        String byDay = text.replaceFirst("(?i)^by\\s+", "");
        if (!byDay.equalsIgnoreCase("today")) {
            Optional<DayWords.Reading> named = DayWords.read(byDay, LocalDate.MIN);
            if (named.isPresent()) {
                LocalDate date = named.get().day();
                return Optional.of(new Reading(date.toString(), text.equals(DayWords.inWords(date)) ? null
                        : "time '" + text + "' read as " + DayWords.inWords(date)));
            }
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            Optional<Month> named = DayWords.month(month.group(1));
            if (named.isPresent()) {
                String written = String.format(Locale.ROOT, "%d-%02d", year(month.group(2)), named.get().getValue());
                return Optional.of(new Reading(written, "time '" + text + "' read as " + written + " (due at the month's end)"));
            }
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            Optional<String> year = financialYear(quarter.group(2), quarter.group(3));
            if (year.isPresent()) {
                String written = "Q" + quarter.group(1) + " " + year.get();
                return parsed(written).map(w -> new Reading(w, "time '" + cell.strip() + "' read as " + w));
            }
        }
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            Optional<String> written = financialYear(year.group(1), year.group(2));
            if (written.isPresent()) {
                return parsed(written.get()).map(w -> new Reading(w, "time '" + cell.strip() + "' read as the financial year " + w));
            }
        }
        return Optional.empty();
    }

    /** Whether a cell says the time is not known yet ({@code TBC}): no timescale, and the words kept in the notes. */
    public static boolean toCome(String cell) {
        return TO_COME.matcher(cell.strip()).matches();
    }

    private static Optional<String> parsed(String text) {
        try {
            return Optional.of(Timescale.parse(text).written());
        } catch (Timescale.InvalidTimescale e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** {@code 16/17}, {@code 2016/17}, {@code 2016-2017} as the format writes a financial year: {@code 2016/17}. */
    private static Optional<String> financialYear(String first, String second) {
        int start = year(first);
        int end = year(second);
        if (end != start + 1) {
            return Optional.empty();
        }
        return Optional.of(start + "/" + String.format(Locale.ROOT, "%02d", end % 100));
    }
}
