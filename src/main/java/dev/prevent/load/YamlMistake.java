package dev.prevent.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The mistakes people make writing YAML by hand, told in their words: a tab, an indent that lines up
 * with nothing, a colon inside a value, a quote left open, text after a closing quote, a list item under
 * a key that already has a value, a Word "smart" quote. The parser says where it gave up; this looks at
 * the lines there to say what was meant and how to write it. Only ever run on a file that failed, so it
 * may take its time over the lines above the mistake.
 */
final class YamlMistake {

    /** What went wrong: where (1-based line and column), one sentence, and the lines that would mend it. */
    record Told(int line, int column, String sentence, List<String> fixed) {
    }

    private static final String SMART_OPENING = "\u201C\u2018\u201E\u201A";
    private static final String SMART = "\u201C\u201D\u2018\u2019\u201E\u201A";

    private final List<String> lines;

    private YamlMistake(String text) {
        this.lines = List.of(text.split("\r\n|\r|\n", -1));
    }

    /** What the parser's exception means, told plainly; empty when it is none of the mistakes known here. */
    static Optional<Told> of(String text, MarkedYamlEngineException e) {
        Mark problem = e.getProblemMark().or(e::getContextMark).orElse(null);
        if (problem == null) {
            return Optional.empty();
        }
        YamlMistake file = new YamlMistake(text);
        int line = Math.min(problem.getLine(), file.lines.size() - 1);
        String written = file.lines.get(line);
        // The parser counts columns in code points; the lines here are indexed in chars.
        int column = written.offsetByCodePoints(0, Math.min(problem.getColumn(), written.codePointCount(0, written.length())));
        return file.told(e, line, column);
    }

    /** The parser's own words for a mistake, for experts: what it was reading, and what it found. */
    static String parserSaid(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip() + ": ";
        return context + problem;
    }

    /**
     * A {@code - item} line that YAML read as more of the text above it, because that text's key already
     * had a value: {@code lead: COLP} then {@code   - CoL} is the one text "COLP - CoL". Lines are 0-based.
     */
    static Optional<Told> listInText(String text, int firstLine, int lastLine) {
        YamlMistake file = new YamlMistake(text);
        for (int i = firstLine + 1; i <= lastLine && i < file.lines.size(); i++) {
            String line = file.lines.get(i);
            if (line.stripLeading().startsWith("- ")) {
                return file.listUnderValue(firstLine, i, "so YAML reads this '- ' line as more of that text, not as a list item");
            }
        }
        return Optional.empty();
    }

    /** The line as it stands, to show under a diagnostic (1-based), or empty past the end. */
    static String line(String text, int line) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private Optional<Told> told(MarkedYamlEngineException e, int line, int column) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = lines.get(line);
        if (problem.contains("(TAB)") || leading(text).contains("\t")) {
            return Optional.of(tab(line));
        }
        Optional<Told> found = smartQuote(line)
                .or(() -> textAfterQuote(lineOf(e, line), column))
                .or(() -> unclosedQuote(e, line));
        if (found.isPresent()) {
            return found;
        }
        int value = valueStart(text);
        if (problem.contains("mapping values are not allowed") && value >= 0 && value <= column) {
            return Optional.of(colonInValue(line, value, column));
        }
        if (problem.contains("found '-'") && text.stripLeading().startsWith("- ")) {
            int above = contentAbove(line);
            if (above >= 0 && valueStart(lines.get(above)) >= 0) {
                return listUnderValue(above, line, "so a '-' list item cannot go under it");
            }
        }
        if (problem.contains("mapping values are not allowed") || problem.contains("expected <block end>")
                || context.contains("block mapping") || context.contains("block collection")) {
            return indent(line);
        }
        return Optional.empty();
    }

    private static int lineOf(MarkedYamlEngineException e, int fallback) {
        return e.getProblemMark().map(Mark::getLine).orElse(fallback);
    }

    private Told tab(int line) {
        String text = lines.get(line);
        String lead = leading(text);
        String fixed = lead.contains("\t") ? " ".repeat(expectedIndent(line)) + text.substring(lead.length())
                : text.replace('\t', ' ');
        int at = text.indexOf('\t');
        return new Told(line + 1, column(text, at), "this line is indented with a tab; YAML indents with spaces only",
                List.of(fixed));
    }

    private Optional<Told> smartQuote(int line) {
        String text = lines.get(line);
        int value = valueStart(text);
        if (value < 0 || SMART_OPENING.indexOf(text.charAt(value)) < 0) {
            return Optional.empty();
        }
        String rest = withoutComment(text.substring(value));
        String inner = rest.substring(1);
        if (!inner.isEmpty() && SMART.indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Optional.of(new Told(line + 1, column(text, value), "'" + text.charAt(value)
                + "' is a typographic (\"smart\") quote, as Word writes it, and YAML does not read it as a quote; "
                + "use a plain \" or '", List.of(text.substring(0, value) + quoted(inner))));
    }

    private Optional<Told> textAfterQuote(int line, int column) {
        String text = lines.get(line);
        int value = valueStart(text);
        if (value < 0 || !isQuote(text.charAt(value))) {
            return Optional.empty();
        }
        int close = closingQuote(text, value);
        if (close < 0 || close >= column || text.substring(close + 1).isBlank()) {
            return Optional.empty();
        }
        String whole = withoutComment(text.substring(value));
        return Optional.of(new Told(line + 1, column(text, close + 1 + leading(text.substring(close + 1)).length()),
                "the quotes end before the text does, and YAML allows nothing after a closing quote; "
                        + "put the whole text in quotes, or take the quotes out",
                List.of(text.substring(0, value) + quoted(whole))));
    }

    private Optional<Told> unclosedQuote(MarkedYamlEngineException e, int problemLine) {
        int from = e.getContextMark().map(Mark::getLine).orElse(Math.max(0, problemLine - 50));
        for (int i = Math.min(from, problemLine); i <= problemLine && i < lines.size(); i++) {
            String text = lines.get(i);
            int value = valueStart(text);
            if (value >= 0 && isQuote(text.charAt(value)) && closingQuote(text, value) < 0) {
                String rest = text.stripTrailing();
                return Optional.of(new Told(i + 1, column(text, value), "this quote is not closed on its line, so "
                        + "YAML reads on, past the end of the line, to the next quote it finds; close it",
                        List.of(rest + text.charAt(value))));
            }
        }
        return Optional.empty();
    }

    private Told colonInValue(int line, int value, int column) {
        String text = lines.get(line);
        String rest = text.substring(value);
        String plain = withoutComment(rest);
        String comment = rest.substring(plain.length());
        return new Told(line + 1, column(text, column), "a colon followed by a space inside a value makes YAML "
                + "read a new key; put the whole value in quotes",
                List.of(text.substring(0, value) + quoted(plain.stripTrailing()) + comment));
    }

    private Optional<Told> listUnderValue(int keyLine, int itemLine, String why) {
        String key = lines.get(keyLine);
        int value = valueStart(key);
        if (value < 0) {
            return Optional.empty();
        }
        String item = lines.get(itemLine);
        int dash = item.indexOf('-');
        String indent = " ".repeat(keyColumn(key) + 2);
        String name = key.substring(keyColumn(key), key.lastIndexOf(':', value)).strip();
        List<String> fixed = new ArrayList<>();
        fixed.add(key.substring(0, value).stripTrailing());
        fixed.add(indent + "- " + withoutComment(key.substring(value)).stripTrailing());
        fixed.add(indent + item.substring(dash).strip());
        return Optional.of(new Told(itemLine + 1, column(item, dash), "'" + name + "' already has a value on line "
                + (keyLine + 1) + ", " + why + "; give the key a list that holds every item", fixed));
    }

    private Optional<Told> indent(int line) {
        String text = lines.get(line);
        int indent = leading(text).length();
        TreeSet<Integer> levels = levelsAbove(line);
        if (levels.isEmpty() || levels.contains(indent)) {
            return Optional.empty();
        }
        int above = contentAbove(line);
        int preferred = above < 0 ? 0 : keyColumn(lines.get(above));
        Integer lower = levels.floor(indent);
        Integer higher = levels.ceiling(indent);
        int level;
        if (lower == null || higher != null && higher - indent < indent - lower) {
            level = higher;
        } else if (higher == null || indent - lower < higher - indent) {
            level = lower;
        } else {
            level = higher == preferred ? higher : lower == preferred ? lower : higher;
        }
        return Optional.of(new Told(line + 1, column(text, indent), "this line is indented by " + spaces(indent)
                + ", which lines up with no key above it; YAML reads what belongs together by its indent, so line it up "
                + "with the key it belongs with (" + (level == 0 ? "at the start of the line" : spaces(level)) + ")", List.of(" ".repeat(level) + text.substring(indent))));
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    /** Where the keys and items of the lines above start: the indents a new line may take. */
    private TreeSet<Integer> levelsAbove(int line) {
        TreeSet<Integer> levels = new TreeSet<>();
        for (int i = line - 1; i >= 0; i--) {
            String text = lines.get(i);
            if (isContent(text)) {
                levels.add(leading(text).length());
                levels.add(keyColumn(text));
            }
        }
        return levels;
    }

    private int expectedIndent(int line) {
        int above = contentAbove(line);
        if (above < 0) {
            return 0;
        }
        String text = lines.get(above);
        int key = keyColumn(text);
        return text.stripTrailing().endsWith(":") ? key + 2 : key;
    }

    private int contentAbove(int line) {
        for (int i = line - 1; i >= 0; i--) {
            if (isContent(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isContent(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#") && !stripped.equals("---");
    }

    private static String leading(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(0, i);
    }

    /** Where a line's key (or a list item's text) starts, after its indent and any {@code - } marks. */
    private static int keyColumn(String text) {
        int i = leading(text).length();
        while (i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
            i += 2;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    /** Where the value of a {@code key: value} line starts, or -1 when the line has no plain key with a value. */
    private static int valueStart(String text) {
        int key = keyColumn(text);
        if (key >= text.length() || isQuote(text.charAt(key)) || text.charAt(key) == '#') {
            return -1;
        }
        for (int i = key; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i > key && text.charAt(i - 1) == ' ') {
                return -1;
            }
            if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                int value = i + 1;
                while (value < text.length() && text.charAt(value) == ' ') {
                    value++;
                }
                return value < text.length() && text.charAt(value) != '#' ? value : -1;
            }
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Where the quote opened at {@code open} closes on its line, or -1. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A plain value without a trailing {@code  # comment}. */
    private static String withoutComment(String value) {
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment);
    }

    /** A text as YAML would read it back: in double quotes, or single ones when it holds a double quote. */
    static String quoted(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            return '"' + text + '"';
        }
        if (text.indexOf('\'') < 0) {
            return "'" + text + "'";
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A 1-based column in code points, as every position is given, from a char index. */
    private static int column(String text, int index) {
        return text.codePointCount(0, Math.min(index, text.length())) + 1;
    }
}
