package dev.prevent.adopt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row merged across a plan's table that starts an objective, as the Word plans councils write have them:
 * {@code Objective Two: INDIVIDUALS – Risk based approach}, {@code Priority 3 – Schools}, {@code Theme 1: ...},
 * or a number alone ({@code 4. Training and awareness}). The short part before a dash or colon is the name, in
 * sentence case when it was written in capitals ({@code Individuals}); the rest is the objective's aim.
 *
 * @param id   the objective's number as digits ({@code 2} for "Two"), or null when the heading has none
 * @param name the objective's name
 * @param aim     the words after the name, or null
 * @param written the heading as the table writes it
 */
record SectionHeading(String id, String name, String aim, String written) {

    /** The words a heading row begins with, from the highest level down: a table's highest level starts objectives. */
    private static final List<String> LEVELS = List.of("objective", "priority", "strand|workstream", "theme");
    /** A level for a heading that is a number alone, below every word. */
    static final int NUMBER = 4;

    private static final Pattern WORDED = Pattern.compile(
            "(?is)^\\s*(objective|priority|strand|workstream|theme)\\b\\s*(?:(\\d+|[a-z]+)\\b)?\\s*[:.\\-–—]*\\s*(.*)$");
    /** {@code 4. Training}, {@code 4: Training}, {@code 4 Training}: not {@code 4) ...} or {@code (a)}, a theme's marks. */
    private static final Pattern NUMBERED = Pattern.compile("(?s)^\\s*(\\d{1,2})(?:[.:]\\s*|\\s+)(?![.\\d])(\\S.*)$");
    private static final Pattern THEME = Pattern.compile("(?s)^\\s*\\(?(\\d{1,2}|[a-zA-Z])[).]\\s+\\S.*");
    /** Where a heading's name ends and its aim begins: a spaced dash, a colon, a full stop, a line break. */
    private static final Pattern NAME_END = Pattern.compile("\\s+[-–—]\\s+|:\\s+|\\.\\s+|\\s*\\R\\s*");
    private static final int NAME_WORDS = 8;
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Whether a lone first cell of a CSV row reads as a heading that was merged across: an objective or a theme. */
    static boolean looksLikeOne(String text) {
        return level(text) >= 0 || THEME.matcher(plain(text)).matches();
    }

    /** A heading's words without the Markdown a bold or italic Word cell gave them. */
    static String plain(String text) {
        return text.replace("*", "").strip();
    }

    /**
     * How high a heading row stands: 0 for "Objective ...", then Priority, Strand, Theme, {@link #NUMBER} for a
     * number alone; -1 for a row that is none of these (a theme's words).
     */
    static int level(String written) {
        String text = plain(written);
        Matcher worded = WORDED.matcher(text);
        if (worded.matches()) {
            String word = worded.group(1).toLowerCase(Locale.ROOT);
            for (int i = 0; i < LEVELS.size(); i++) {
                if (word.matches(LEVELS.get(i))) {
                    return i;
                }
            }
        }
        return NUMBERED.matcher(text).matches() ? NUMBER : -1;
    }

    /** The objective a heading row starts; none when it begins with no heading word and no number. */
    static Optional<SectionHeading> of(String written) {
        String text = plain(written);
        Matcher m = WORDED.matcher(text);
        if (m.matches()) {
            String number = m.group(2);
            String rest = m.group(3).strip();
            if (number == null) {
                return Optional.of(named(null, rest.isEmpty() ? text.strip() : rest, text));
            }
            String word = number.toLowerCase(Locale.ROOT);
            String id = word.matches("\\d+") ? String.valueOf(Integer.parseInt(word))
                    : NUMBERS.contains(word) ? String.valueOf(NUMBERS.indexOf(word)) : null;
            if (id == null) {
                // "Objective setting for schools" is a heading, not a numbered objective: keep every word.
                return Optional.of(named(null, text.strip().replaceFirst("(?i)^" + m.group(1) + "\\s*[:.\\-–—]*\\s*", ""), text));
            }
            return Optional.of(named(id, rest.isEmpty() ? text.strip() : rest, text));
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            return Optional.of(named(String.valueOf(Integer.parseInt(numbered.group(1))), numbered.group(2).strip(), text));
        }
        return Optional.empty();
    }

    /** A theme's words from a heading row below the level that starts objectives: {@code Theme 2: Schools} is "Schools". */
    static String themeOf(String written) {
        String text = plain(written);
        Matcher m = WORDED.matcher(text);
        String theme = m.matches() && !m.group(3).isBlank() ? m.group(3).strip() : text;
        return theme.replaceFirst("^\\(?\\d{1,2}[).:]?\\s+", "");
    }

    /** The name (the short part before a dash or colon, sentence case if in capitals) and the aim (the rest). */
    private static SectionHeading named(String id, String words, String written) {
        Matcher end = NAME_END.matcher(words);
        if (end.find() && end.start() > 0) {
            String name = words.substring(0, end.start()).strip();
            String aim = words.substring(end.end()).strip();
            if (name.split("\\s+").length <= NAME_WORDS && !aim.isEmpty()) {
                return new SectionHeading(id, sentenceCase(name), aim.replaceAll("\\s*\\R\\s*", " "), written.strip());
            }
        }
        return new SectionHeading(id, sentenceCase(words.replaceAll("\\s*\\R\\s*", " ").replaceAll("[.;:]$", "")), null, written.strip());
    }

    /** {@code IDEOLOGY} as {@code Ideology}; words with any lower-case letter are kept as written. */
    static String sentenceCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
