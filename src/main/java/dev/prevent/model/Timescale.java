package dev.prevent.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an action is due, as written in the plan, and the due date that follows from it.
 * This is the one place that turns a timescale into a due date; see {@link #parse(String)}.
 */
public record Timescale(String written, Form form, LocalDate due) {

    /** The accepted forms, in words a plan's editor can act on. */
    public static final String ACCEPTED_FORMS =
            "a day (2016-03-31), a month (2016-03), a financial year (2015/16, 2015-16, 2015/2016, 2015-2016), "
                    + "a financial quarter (Q1 2015/16 ... Q4 2015/16), 'ongoing' or a recurring word (Weekly, Monthly, "
                    + "Quarterly, Termly, Six-monthly, Annually, As required), with what it recurs on after a comma if you like "
                    + "(Annually, on issue of the CTLP)";

    /**
     * Words for work that recurs rather than falls due (as plans write it in the TIME column): each is an
     * ongoing timescale that keeps its word, so a paper shows "Quarterly", never "ongoing".
     */
    public static final List<String> RECURRING = List.of("ongoing", "weekly", "fortnightly", "monthly", "bi-monthly",
            "quarterly", "termly", "half-termly", "six-monthly", "6-monthly", "six monthly", "6 monthly", "half-yearly",
            "bi-annually", "biannually", "twice yearly", "annually", "yearly", "as required", "as needed", "as and when");

    /**
     * A recurring word with what it recurs on after it ("Annually, on issue of CTLP", "Quarterly (board meetings)"):
     * ongoing, its words kept whole.
     */
    private static final Pattern QUALIFIED = Pattern.compile("([\\p{L}0-9 -]+?)\\s*(?:[,;:(]|\\s[-–—]\\s)\\s*\\S.*", Pattern.DOTALL);

    /** The shapes a timescale may take. */
    public enum Form { DAY, MONTH, FINANCIAL_YEAR, QUARTER, ONGOING }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?:Q([1-4])\\s+)?(\\d{4})[/-](\\d{2}|\\d{4})");

    /** The due date, if the timescale has one ({@code ongoing} never falls due). */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    /**
     * Reads a timescale, case-insensitively. A hyphenated pair of years whose second part is the year
     * after the first ({@code 2015-16}) is a financial year, even where it could also be a month
     * ({@code 2011-12}): plans talk in financial years far more often than in months. One that cannot
     * be a month ({@code 2015-17}, {@code 2015-2017}) is a financial year written wrongly.
     *
     * @throws InvalidTimescale naming the accepted forms
     */
    public static Timescale parse(String text) {
        String written = text.strip();
        String upper = written.toUpperCase(Locale.ROOT);
        if (RECURRING.contains(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            return new Timescale(written, Form.ONGOING, null);
        }
        Matcher qualified = QUALIFIED.matcher(written);
        if (qualified.matches() && RECURRING.contains(qualified.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            return new Timescale(written, Form.ONGOING, null);
        }
        if (IsoDate.looksLikeOne(written)) {
            try {
                return new Timescale(written, Form.DAY, IsoDate.parse(written));
            } catch (IsoDate.NotADate e) {
                throw new InvalidTimescale(e.getMessage(), true);
            }
        }
        Matcher year = YEAR.matcher(upper);
        if (year.matches() && (year.group(1) != null || upper.contains("/") || followsYear(year) || !couldBeMonth(year))) {
            return financial(written, year);
        }
        Matcher month = MONTH.matcher(upper);
        if (month.matches()) {
            // Only 01 to 12 get here: any other pair of digits reads as a financial year above.
            return new Timescale(written, Form.MONTH,
                    YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth());
        }
        throw new InvalidTimescale("'" + written + "' is not a timescale; write " + ACCEPTED_FORMS, false);
    }

    /** Reads a financial year such as {@code 2015/16}, as a plan's period is written. */
    public static Timescale parseFinancialYear(String text) {
        Timescale timescale = parse(text);
        if (timescale.form != Form.FINANCIAL_YEAR) {
            throw new InvalidTimescale("'" + text.strip() + "' is not a financial year; write it as 2015/16", false);
        }
        return timescale;
    }

    /** The financial year (1 April to 31 March) that {@code day} falls in, written as a plan's period: {@code 2026/27}. */
    public static Timescale financialYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return parseFinancialYear(start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100));
    }

    /**
     * This timescale moved from one financial year into another, as a plan's next year carries it over, when it
     * falls due within the old year: the year itself, written in the same form ({@code 2015-2016} becomes
     * {@code 2016-2017}); a quarter of it ({@code Q3 2015/16} becomes {@code Q3 2016/17}); a day or a month in it, the
     * same day or month of the new year ({@code 2016-03-31} becomes {@code 2017-03-31}). Empty for any other
     * timescale (ongoing, recurring, another year), which stays as written.
     */
    public Optional<String> movedInto(Timescale fromYear, Timescale toYear) {
        if (due == null || due.isAfter(fromYear.due) || !due.isAfter(fromYear.due.minusYears(1))) {
            return Optional.empty();
        }
        int years = toYear.due.getYear() - fromYear.due.getYear();
        int start = toYear.due.getYear() - 1;
        return Optional.of(switch (form) {
            case FINANCIAL_YEAR -> {
                String like = written.strip();
                String second = like.length() >= 9 ? String.valueOf(start + 1) : String.format(Locale.ROOT, "%02d", (start + 1) % 100);
                yield start + like.substring(4, 5) + second;
            }
            case QUARTER -> written.strip().substring(0, 2).toUpperCase(Locale.ROOT) + " " + toYear.written;
            // Day by day: 29 February becomes 28 February in a year without one.
            case DAY -> due.plusYears(years).toString();
            case MONTH -> YearMonth.from(due).plusYears(years).toString();
            case ONGOING -> throw new IllegalStateException("an ongoing timescale has no due date");
        });
    }

    private static boolean couldBeMonth(Matcher year) {
        String second = year.group(3);
        return second.length() == 2 && Integer.parseInt(second) >= 1 && Integer.parseInt(second) <= 12;
    }

    private static boolean followsYear(Matcher year) {
        int first = Integer.parseInt(year.group(2));
        String second = year.group(3);
        int next = Integer.parseInt(second);
        return second.length() == 4 ? next == first + 1 : next == (first + 1) % 100;
    }

    private static Timescale financial(String written, Matcher year) {
        if (!followsYear(year)) {
            int first = Integer.parseInt(year.group(2));
            throw new InvalidTimescale("'" + written + "' is not a financial year: the second year must be the one after "
                    + first + " (" + first + "/" + String.format(Locale.ROOT, "%02d", (first + 1) % 100) + ")", false);
        }
        int endYear = Integer.parseInt(year.group(2)) + 1;
        if (year.group(1) == null) {
            return new Timescale(written, Form.FINANCIAL_YEAR, LocalDate.of(endYear, 3, 31));
        }
        LocalDate due = switch (year.group(1)) {
            case "1" -> LocalDate.of(endYear - 1, 6, 30);
            case "2" -> LocalDate.of(endYear - 1, 9, 30);
            case "3" -> LocalDate.of(endYear - 1, 12, 31);
            default -> LocalDate.of(endYear, 3, 31);
        };
        return new Timescale(written, Form.QUARTER, due);
    }

    /** A timescale of no accepted form; {@code notARealDate} when it has the shape of a date but no such day exists. */
    public static final class InvalidTimescale extends IllegalArgumentException {
        private final boolean notARealDate;

        InvalidTimescale(String message, boolean notARealDate) {
            super(message);
            this.notARealDate = notARealDate;
        }

        public boolean notARealDate() {
            return notARealDate;
        }
    }
}
