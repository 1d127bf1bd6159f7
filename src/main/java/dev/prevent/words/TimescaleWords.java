package dev.prevent.words;

import dev.prevent.model.Timescale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
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
     * @param status    a status the cell gives as well ("Complete", "Complete – review 6-monthly"), in its words; or null
     * @param keep      whether the cell's words say more than the timescale does ("April 2027 refresh"), to be kept
     */
    public record Reading(String timescale, String guess, String status, boolean keep) {

        public Reading(String timescale, String guess) {
            this(timescale, guess, null, false);
        }
    }

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?i)([a-z]{3,9})\\.?[\\s\\-/']*(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)q\\s*([1-4])\\s*(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?i)(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern TO_COME = Pattern.compile("(?i)tbc|tba|tbd|to be (confirmed|agreed|decided)|n/?a|[-–—]+|\\?+");
    private static final Pattern ONGOING = Pattern.compile("(?i)on-?going|continuous|continual|throughout( the year)?|rolling");
    /** A month and year with words after them: "April 2027 refresh", "March 2027 (board)". */
    private static final Pattern MONTH_AND_WORDS = Pattern.compile("(?i)([a-z]{3,9})\\.?[\\s\\-/']*(\\d{4})\\b\\s*[,;:(–—-]?\\s*(\\S.*)");
    /** A calendar year on its own: "2025", to its 31 December. */
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:by |end of |during )?(20\\d{2})", Pattern.CASE_INSENSITIVE);
    /** A school term or a season of a year: "Spring term 2027", "Autumn 2026", "Summer term 26". */
    private static final Pattern TERM = Pattern.compile("(?i)(?:by |end of (?:the )?)?(autumn|spring|summer)(\\s+term)?\\s+(\\d{4}|\\d{2})");
    /** A month without its year, the plan's year then telling which: "End of March", "by June". */
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i)(?:by |end of |end |the end of |before )?([a-z]{3,9})");
    /** A status written in the time column, with what recurs after it: "Complete", "Complete – review 6-monthly". */
    private static final Pattern STATUS_FIRST = Pattern.compile("(?i)(complete|completed|done|closed|achieved)\\.?"
            + "(?:\\s*(?:[,;:(]|\\s[-–—]\\s|\\s+and\\s+)\\s*(?:review(?:ed)?\\s+|then\\s+)?(.+?)\\)?)?");

    private TimescaleWords() {
    }

    /** The timescale a cell gives; {@link Optional#empty()} when it gives none the plan can hold (kept in the notes). */
    public static Optional<Reading> read(String cell) {
        return read(cell, null);
    }

    /**
     * The timescale a cell gives, a month without its year ("End of March") read within {@code year}, the plan's
     * financial year (2026/27: April to December 2026, January to March 2027); none when no year is given.
     */
    public static Optional<Reading> read(String cell, String year) {
        Optional<Reading> plain = readPlain(cell);
        if (plain.isPresent()) {
            return plain;
        }
        String text = cell.strip();
        Matcher done = STATUS_FIRST.matcher(text);
        if (done.matches()) {
            String status = done.group(1);
            if (done.group(2) == null) {
                return Optional.of(new Reading(null, "time '" + text + "' read as the status " + status + ", with no timescale", status,
                        false));
            }
            Optional<Reading> then = readPlain(done.group(2).strip());
            return Optional.of(then.map(r -> new Reading(r.timescale(), "time '" + text + "' read as the status " + status + " and "
                    + r.timescale(), status, true)).orElse(new Reading(null, "time '" + text + "' read as the status " + status
                    + "; the words after it are kept in the notes", status, true)));
        }
        Matcher words = MONTH_AND_WORDS.matcher(text);
        if (words.matches()) {
            Optional<Month> named = DayWords.month(words.group(1));
            if (named.isPresent()) {
                String written = String.format(Locale.ROOT, "%s-%02d", words.group(2), named.get().getValue());
                return Optional.of(new Reading(written, "time '" + text + "' read as " + written + " (due at the month's end); the "
                        + "words are kept in the notes", null, true));
            }
        }
        Matcher calendar = CALENDAR_YEAR.matcher(text);
        if (calendar.matches()) {
            String written = calendar.group(1) + "-12-31";
            return Optional.of(new Reading(written, "time '" + text + "' read as the calendar year, to 31 December " + calendar.group(1),
                    null, false));
        }
        Matcher term = TERM.matcher(text);
        if (term.matches()) {
            String season = term.group(1).toLowerCase(Locale.ROOT);
            boolean school = term.group(2) != null;
            // A school term ends with its last month (autumn December, spring March, summer July); a season likewise.
            int month = switch (season) {
                case "autumn" -> school ? 12 : 11;
                case "spring" -> school ? 3 : 5;
                default -> school ? 7 : 8;
            };
            String written = String.format(Locale.ROOT, "%d-%02d", year(term.group(3)), month);
            return Optional.of(new Reading(written, "time '" + text + "' read as " + written + " (the end of the " + season
                    + (school ? " term" : "") + "); the words are kept in the notes", null, true));
        }
        Matcher alone = MONTH_ALONE.matcher(text);
        if (year != null && alone.matches()) {
            Optional<Month> named = DayWords.month(alone.group(1));
            Optional<Integer> start = startOf(year);
            if (named.isPresent() && start.isPresent()) {
                int in = named.get().getValue() >= 4 ? start.get() : start.get() + 1;
                String written = String.format(Locale.ROOT, "%d-%02d", in, named.get().getValue());
                return Optional.of(new Reading(written, "time '" + text + "' read as " + written + ", that month of the plan's year "
                        + year, null, false));
            }
        }
        return Optional.empty();
    }

    /** The first calendar year of a financial year written as the format writes it (2026/27: 2026). */
    private static Optional<Integer> startOf(String year) {
        try {
            return Timescale.parse(year).form() == Timescale.Form.FINANCIAL_YEAR
                    ? Optional.of(Timescale.parse(year).due().getYear() - 1) : Optional.empty();
        } catch (Timescale.InvalidTimescale e) {
            return Optional.empty();
        }
    }

    /** The forms of a timescale that need no context: the format's own, days, months, quarters, years, recurring words. */
    private static Optional<Reading> readPlain(String cell) {
        String text = cell.strip();
        if (text.matches("[\\d/ -]+") && text.contains(" ")) {
            // Word tables exported to text space out digits ("2 0 1 5 - 2 0 1 6"); a date has no spaces.
            text = text.replace(" ", "");
        }
        // What a paper writes after the timescale follows from it: "2015/16, due 31 March 2016: overdue".
        text = text.replaceFirst("(?is)[,;:]?\\s*\\(?\\s*(over)?due\\b.*$", "").strip();
        Optional<String> exact = parsed(text);
        if (exact.isPresent()) {
            String said = exact.get();
            // "6-monthly", "six monthly": the format's own word, so that papers and filters say one thing.
            String word = said.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (List.of("6-monthly", "six monthly", "6 monthly", "half-yearly", "biannually", "twice yearly").contains(word)) {
                return Optional.of(new Reading("Six-monthly", "time '" + text + "' read as Six-monthly (recurring, never overdue)"));
            }
            return Optional.of(new Reading(said, null));
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
