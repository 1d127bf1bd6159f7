package dev.prevent.model;

import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with a plan: which rule, where, and a message that says what to do about it; for a
 * mistake in how the YAML is written, also the line as it stands and the line as it should be.
 */
public record Diagnostic(Rule rule, SourcePosition at, String message, Excerpt excerpt) {

    /** File, then line, then column: the order an editor walks a file in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.at().file().toString())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column());

    public Diagnostic(Rule rule, SourcePosition at, String message) {
        this(rule, at, message, null);
    }

    /**
     * The line the diagnostic points into, as written; the lines that would mend it (none when only the
     * writer can say what was meant); and, for experts, what the YAML parser itself said (or null).
     */
    public record Excerpt(String line, List<String> fixed, String parserSaid) {
        public Excerpt {
            fixed = List.copyOf(fixed);
        }
    }

    public boolean hasExcerpt() {
        return excerpt != null;
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
