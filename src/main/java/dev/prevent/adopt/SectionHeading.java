package dev.prevent.adopt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row merged across a plan's table that starts an objective ({@code Objective Two: INDIVIDUALS – ...}), as
 * the Word plans councils write have them.
 *
 * @param id   the objective's number as digits ({@code 2} for "Two"), or null when the heading has none
 * @param name the words after the number
 */
record SectionHeading(String id, String name) {

    private static final Pattern OBJECTIVE = Pattern.compile(
            "(?is)^\\s*objective\\b\\s*(?:(\\d+|[a-z]+)\\b)?\\s*[:.\\-–—]*\\s*(.*)$");
    private static final Pattern THEME = Pattern.compile("(?s)^\\s*\\(?(\\d{1,2}|[a-zA-Z])[).]\\s+\\S.*");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Whether a lone first cell of a CSV row reads as a heading that was merged across: an objective or a theme. */
    static boolean looksLikeOne(String text) {
        return of(text).isPresent() || THEME.matcher(plain(text)).matches();
    }

    /** A heading's words without the Markdown a bold or italic Word cell gave them. */
    static String plain(String text) {
        return text.replace("*", "").strip();
    }

    /** The objective a heading starts; none when it does not begin with "Objective". */
    static Optional<SectionHeading> of(String written) {
        String text = plain(written);
        Matcher m = OBJECTIVE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        String rest = m.group(2).strip();
        if (number == null) {
            return Optional.of(new SectionHeading(null, rest.isEmpty() ? text.strip() : rest));
        }
        String word = number.toLowerCase(Locale.ROOT);
        String id = word.matches("\\d+") ? String.valueOf(Integer.parseInt(word))
                : NUMBERS.contains(word) ? String.valueOf(NUMBERS.indexOf(word)) : null;
        if (id == null) {
            // "Objective setting for schools" is a heading, not a numbered objective: keep every word.
            return Optional.of(new SectionHeading(null, text.strip().replaceFirst("(?i)^objective\\s*[:.\\-–—]*\\s*", "")));
        }
        return Optional.of(new SectionHeading(id, rest.isEmpty() ? text.strip() : rest));
    }
}
