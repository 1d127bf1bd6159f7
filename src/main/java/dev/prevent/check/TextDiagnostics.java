package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.prevent.output.TerminalColour;
import dev.prevent.output.Visible;

/**
 * {@code FILE:LINE:COL: error|warning: MESSAGE [RULE]}, one per line, the way compilers and linters
 * write them so editors and terminals can jump to the place, then a summary line.
 */
public final class TextDiagnostics implements DiagnosticWriter {

    private final boolean colour;
    private final int perRule;

    TextDiagnostics(boolean colour, int perRule) {
        this.colour = colour;
        this.perRule = perRule;
    }

    @Override
    public void write(Validation validation, boolean strict, PrintWriter out) {
        Validation.Shown shown = validation.shown(perRule);
        for (Diagnostic d : shown.diagnostics()) {
            out.println(line(d, severity(d.severity())));
            if (d.hasExcerpt()) {
                excerpt(d).forEach(out::println);
            }
        }
        shown.leftOut().forEach((rule, count) -> out.println(more(rule, count)));
        out.println(summary(validation));
    }

    /** The line that stands for the diagnostics of a rule left out. */
    static String more(Rule rule, int count) {
        return "... and " + String.format(Locale.UK, "%,d", count) + " more like this [" + rule.id() + "] (prevent validate --all shows them)";
    }

    /** One diagnostic as a line, without colour. */
    public static String line(Diagnostic d) {
        return line(d, d.severity().word());
    }

    private static String line(Diagnostic d, String severity) {
        // One line whatever the plan holds: a file name or a value with a newline or an escape cannot forge another.
        return Visible.line(d.at().toString()) + ": " + severity + ": " + Visible.line(d.message()) + " [" + d.rule().id() + "]";
    }

    /**
     * The line a YAML mistake is on, with a caret under the place, then the line as it should be written and
     * the parser's own words, the way compilers show a mistake in context:
     * <pre>
     *     4 |     note: Update: done
     *       |                 ^
     *   write it as:
     *     4 |     note: "Update: done"
     * </pre>
     */
    static List<String> excerpt(Diagnostic d) {
        Diagnostic.Excerpt excerpt = d.excerpt();
        String number = String.valueOf(d.at().line());
        String gutter = " ".repeat(number.length());
        List<String> lines = new ArrayList<>();
        String shown = shown(excerpt.line());
        lines.add("  " + number + " | " + shown);
        String before = excerpt.line().substring(0, excerpt.line().offsetByCodePoints(0,
                Math.min(Math.max(0, d.at().column() - 1), excerpt.line().codePointCount(0, excerpt.line().length()))));
        lines.add("  " + gutter + " | " + " ".repeat(shown(before).codePointCount(0, shown(before).length())) + "^");
        if (!excerpt.fixed().isEmpty()) {
            lines.add("  write it as:");
            boolean oneLine = excerpt.fixed().size() == 1;
            excerpt.fixed().forEach(f -> lines.add("  " + (oneLine ? number : gutter) + " | " + shown(f)));
        }
        if (excerpt.parserSaid() != null) {
            lines.add("  (the YAML parser's words: " + Visible.line(excerpt.parserSaid()) + ")");
        }
        return lines;
    }

    /** A line as shown under a diagnostic: a tab as an arrow, so that it can be seen and the caret still lines up. */
    private static String shown(String line) {
        return Visible.line(line.replace('\t', '\u2192'));
    }

    static String summary(Validation v) {
        String counts = v.diagnostics().isEmpty() ? "no problems"
                : count(v.errors(), "error") + ", " + count(v.warnings(), "warning");
        return Visible.line(v.planDir().toString()) + ": " + counts + " in " + count(v.files(), "file");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String severity(Severity severity) {
        if (!colour) {
            return severity.word();
        }
        return severity == Severity.ERROR ? TerminalColour.error(severity.word()) : TerminalColour.warning(severity.word());
    }
}
