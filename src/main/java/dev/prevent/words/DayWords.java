package dev.prevent.words;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a person in the UK types it: {@code 2026-12-01}, {@code 01/12/2026} (day first: 1 December),
 * {@code 1/12/26}, {@code 1.12.2026}, {@code 1 December 2026}, {@code 1 Dec 2026}, {@code today}. The command line
 * reads every day through here, and echoes a reading that was not already ISO.
 */
public final class DayWords {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");
    private static final Pattern NAMED = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})");

    private DayWords() {
    }

    /**
     * How a typed day was read.
     *
     * @param day the day
     * @param how null when it was written YYYY-MM-DD; else "read 01/12/2026 as 1 December 2026", to echo
     */
    public record Reading(LocalDate day, String how) {
    }

    /** The day {@code typed} means, with {@code today} for the word today; empty when it is no day. */
    public static Optional<Reading> read(String typed, LocalDate today) {
        String text = typed.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(new Reading(LocalDate.of(number(iso.group(1)), number(iso.group(2)), number(iso.group(3))), null));
            }
            if (text.equalsIgnoreCase("today")) {
                return Optional.of(read(today, text));
            }
            Matcher numbers = NUMBERS.matcher(text);
            if (numbers.matches()) {
                return Optional.of(read(LocalDate.of(year(numbers.group(3), today), number(numbers.group(2)), number(numbers.group(1))), text));
            }
            Matcher named = NAMED.matcher(text);
            if (named.matches()) {
                return month(named.group(2)).map(m -> read(LocalDate.of(number(named.group(3)), m, number(named.group(1))), text));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Pattern IN_NAME = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})(?!\\d)");

    /**
     * The day a name holds, as a meeting's tag names its day: {@code meeting-2026-12-17}, {@code board-17-12-2026} (day
     * first), read as {@link #read} reads a typed day; empty when the name holds no whole day ({@code meeting-2026-12}).
     */
    public static Optional<LocalDate> inName(String name) {
        Matcher found = IN_NAME.matcher(name);
        while (found.find()) {
            Optional<Reading> reading = read(found.group(1), LocalDate.MIN);
            if (reading.isPresent()) {
                return Optional.of(reading.get().day());
            }
        }
        return Optional.empty();
    }

    /** A day in words as the papers write it: {@code 1 December 2026}. */
    public static String inWords(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }

    /** The forms a day may be written in, for a message. */
    public static final String FORMS = "YYYY-MM-DD, DD/MM/YYYY (day first) or 1 December 2026";

    /** The month a word names: its full name or its first three letters or more, {@code Sept} too. */
    static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && full.startsWith(w) || w.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static Reading read(LocalDate day, String typed) {
        return new Reading(day, "read " + typed + " as " + inWords(day));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    /** A year as written: four digits as they are; two within fifty years of today ({@code 99} is 1999, {@code 26} 2026). */
    private static int year(String digits, LocalDate today) {
        int year = Integer.parseInt(digits);
        if (digits.length() != 2) {
            return year;
        }
        int now = today == null || today.getYear() < 100 || today.getYear() > 9000 ? 2000 : today.getYear();
        int candidate = now - Math.floorMod(now, 100) + year;
        if (candidate > now + 50) {
            return candidate - 100;
        }
        return candidate < now - 50 ? candidate + 100 : candidate;
    }
}
